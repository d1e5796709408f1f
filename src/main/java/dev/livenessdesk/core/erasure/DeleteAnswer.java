package dev.livenessdesk.core.erasure;

import java.util.List;

/** S3's answer to one DeleteObjects call: what went, and what it kept with the reason for each. */
public record DeleteAnswer(List<ObjectVersion> deleted, List<NotDeleted> kept) {

    public DeleteAnswer {
        deleted = List.copyOf(deleted);
        kept = List.copyOf(kept);
    }
}
