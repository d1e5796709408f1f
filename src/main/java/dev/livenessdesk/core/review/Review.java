package dev.livenessdesk.core.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One person's review of one session: what they judged was in front of the camera, what made it hard, a note, who
 * and when, and whether it was the first look or a blind second one. A session gathers reviews; none replaces
 * another (a reviewer who changes their mind adds a later one, and their latest counts).
 *
 * @param at when the label was given, to the second (records and envelopes carry whole seconds)
 */
public record Review(String sessionId, ReviewLabel label, Set<QualityFlag> flags, Optional<String> note,
                     String reviewer, Instant at, ReviewRound round) {

    public Review {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(round, "round");
        flags = flags == null || flags.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        note = ReviewText.requireNote(note);
        reviewer = ReviewText.requireName(reviewer);
        at = at.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The same review seen twice (a retried write, a record and the local copy): one session, reviewer, time, round. */
    public Identity identity() {
        return new Identity(sessionId.toLowerCase(java.util.Locale.ROOT), ReviewText.reviewerKey(reviewer), at, round);
    }

    public String reviewerKey() {
        return ReviewText.reviewerKey(reviewer);
    }

    /** What tells two reviews apart; equal identities are one review. */
    public record Identity(String sessionId, String reviewerKey, Instant at, ReviewRound round) {
    }
}
