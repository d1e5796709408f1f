package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.RecordPlace;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Sessions and reviews for the review tests: ids are made from a number, times count up from a fixed instant. */
final class ReviewFixtures {

    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private ReviewFixtures() {
    }

    static String id(int n) {
        return String.format("%08x-0000-4000-8000-%012x", n, n);
    }

    static ReviewCandidate candidate(int n, Float confidence) {
        return new ReviewCandidate(id(n), new RecordPlace("team-bucket", "liveness/"), T0.plusSeconds(60L * n),
                Optional.ofNullable(confidence), List.of(), Optional.empty(), "us-east-1", Optional.empty());
    }

    static Review review(int n, String reviewer, ReviewLabel label) {
        return review(n, reviewer, label, 0, ReviewRound.FIRST);
    }

    static Review review(int n, String reviewer, ReviewLabel label, int secondsLater, ReviewRound round) {
        return new Review(id(n), label, Set.of(), Optional.empty(), reviewer, T0.plusSeconds(3600 + secondsLater),
                round);
    }
}
