package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where a review goes once given: first into this computer's store (so it is never lost), then appended to its
 * session's record in the bucket; when that fails it waits, and {@link #sendWaiting()} tries again later. Reading
 * puts the bucket's reviews and this computer's together. Every method blocks: call it off the FX thread.
 */
public final class ReviewDesk {

    private final ReviewStore local;
    private final Function<String, Optional<SharedReviews>> sharedFor;

    /**
     * @param sharedFor the shared reviews reaching a bucket; empty where there is no S3 to share through
     */
    public ReviewDesk(ReviewStore local, Function<String, Optional<SharedReviews>> sharedFor) {
        this.local = local;
        this.sharedFor = sharedFor;
    }

    /** What became of a review: in the record, or waiting on this computer (and why). */
    public record Kept(boolean written, Optional<String> whyWaiting) {
    }

    /** Keeps the review here, then appends it to its session's record. Throws only when the disk fails. */
    public Kept record(Review review, RecordPlace place) throws IOException {
        local.keep(List.of(review), place, true);
        Optional<SharedReviews> shared = sharedFor.apply(place.bucket());
        if (shared.isEmpty()) {
            local.written(List.of(review.identity()));
            return new Kept(true, Optional.empty());
        }
        try {
            shared.get().append(place, review.sessionId(), List.of(review));
            local.written(List.of(review.identity()));
            return new Kept(true, Optional.empty());
        } catch (ServiceException failed) {
            return new Kept(false, Optional.of(failed.error().message()));
        }
    }

    /** What sending the waiting reviews did. */
    public record Sent(int written, int stillWaiting, Optional<String> lastFailure) {
    }

    /** Writes every waiting review it can, session by session; the rest keep waiting. */
    public Sent sendWaiting() throws IOException {
        Map<String, List<ReviewStore.Waiting>> bySession = new LinkedHashMap<>();
        for (ReviewStore.Waiting waiting : local.waiting()) {
            bySession.computeIfAbsent(waiting.place().describe() + "\u0000" + waiting.review().sessionId(),
                    k -> new ArrayList<>()).add(waiting);
        }
        int written = 0;
        int still = 0;
        Optional<String> failure = Optional.empty();
        for (List<ReviewStore.Waiting> group : bySession.values()) {
            RecordPlace place = group.get(0).place();
            List<Review> reviews = group.stream().map(ReviewStore.Waiting::review).toList();
            Optional<SharedReviews> shared = sharedFor.apply(place.bucket());
            try {
                if (shared.isPresent()) {
                    shared.get().append(place, reviews.get(0).sessionId(), reviews);
                }
                local.written(reviews.stream().map(Review::identity).toList());
                written += reviews.size();
            } catch (ServiceException failed) {
                still += reviews.size();
                failure = Optional.of(failed.error().message());
            }
        }
        return new Sent(written, still, failure);
    }

    /** How many reviews given here wait to be written. */
    public int waitingCount() throws IOException {
        return local.waiting().size();
    }

    /**
     * Every review of these sessions: the records under each of their places, read once per place, and this
     * computer's (which holds the ones still waiting). A bucket that cannot be read leaves its reviews to this
     * computer's copy and is named in the answer; the reviews it did read are kept here too.
     */
    public Gathered gather(Collection<ReviewCandidate> sessions) throws IOException {
        Set<RecordPlace> places = new LinkedHashSet<>();
        sessions.forEach(s -> places.add(s.place()));
        List<Review> reviews = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        int refused = 0;
        Set<String> wanted = new LinkedHashSet<>();
        sessions.forEach(s -> wanted.add(s.sessionId().toLowerCase(java.util.Locale.ROOT)));
        for (RecordPlace place : places) {
            Optional<SharedReviews> shared = sharedFor.apply(place.bucket());
            if (shared.isEmpty()) {
                continue;
            }
            try {
                SharedReviews.ReviewScan scan = shared.get().readAll(place.bucket(), place.prefix());
                refused += scan.refused();
                List<Review> ours = scan.reviews().stream()
                        .filter(r -> wanted.contains(r.sessionId().toLowerCase(java.util.Locale.ROOT))).toList();
                reviews.addAll(ours);
                keepRead(ours, place);
            } catch (ServiceException failed) {
                unreachable.add(place.describe() + ": " + failed.error().message());
            }
        }
        reviews.addAll(local.reviewsOf(sessions.stream().map(ReviewCandidate::sessionId).toList()));
        return new Gathered(ReviewLedger.of(reviews), refused, unreachable);
    }

    private void keepRead(List<Review> read, RecordPlace place) throws IOException {
        if (!read.isEmpty()) {
            local.keep(read, place, false);
        }
    }

    /**
     * @param refused     reviews in the records that failed the checks and were left out
     * @param unreachable the places that could not be read, with why
     */
    public record Gathered(ReviewLedger reviews, int refused, List<String> unreachable) {

        public Gathered {
            unreachable = List.copyOf(unreachable);
        }
    }
}
