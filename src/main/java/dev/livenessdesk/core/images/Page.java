package dev.livenessdesk.core.images;

import java.util.List;
import java.util.Optional;

/** One page of a listing; the token fetches the next one, and is empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextToken) {

    public Page {
        items = List.copyOf(items);
        nextToken = nextToken == null ? Optional.empty() : nextToken;
    }

    public boolean hasMore() {
        return nextToken.isPresent();
    }
}
