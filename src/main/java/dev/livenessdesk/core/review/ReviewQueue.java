package dev.livenessdesk.core.review;

import dev.livenessdesk.core.VisibleText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The sessions one reviewer goes through, in order, and for which round: a first look, or a blind second review
 * (the first label is not shown). Built from a source's sessions, or from what the reviews already say (the blind
 * sample, the disagreements).
 *
 * @param title what the queue is, for the screen: "Campaign Spring tests: newest 50"
 */
public record ReviewQueue(String title, List<ReviewCandidate> sessions, ReviewRound round) {

    public ReviewQueue {
        Objects.requireNonNull(title, "title");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(round, "round");
    }

    /** A first-look queue: the selection's pick of a source's sessions. */
    public static ReviewQueue firstLook(String title, List<ReviewCandidate> source, QueueSelection selection,
                                        int passMark, long seed) {
        return new ReviewQueue(title, selection.pick(source, passMark, seed), ReviewRound.FIRST);
    }

    /**
     * A blind second review for one reviewer: up to {@code count} sessions someone else has labelled and this
     * reviewer has not, drawn at random from the seed, newest first.
     */
    public static ReviewQueue blindSecond(String title, List<ReviewCandidate> source, ReviewLedger reviews,
                                          String reviewer, int count, long seed) {
        List<ReviewCandidate> eligible = new ArrayList<>();
        String me = ReviewText.reviewerKey(reviewer);
        for (ReviewCandidate candidate : source) {
            Map<String, Review> latest = reviews.latestByReviewer(candidate.sessionId());
            if (!latest.isEmpty() && !latest.containsKey(me)) {
                eligible.add(candidate);
            }
        }
        eligible.sort(java.util.Comparator.comparing(ReviewCandidate::sessionId));
        Collections.shuffle(eligible, new Random(seed));
        List<ReviewCandidate> taken = new ArrayList<>(eligible.subList(0, Math.min(count, eligible.size())));
        return new ReviewQueue(title, QueueSelection.all().pick(taken, 0, 0), ReviewRound.SECOND);
    }

    /** The sessions of the source whose reviewers' latest labels differ, for a reviewer who settles them. */
    public static ReviewQueue disagreements(String title, List<ReviewCandidate> source, ReviewLedger reviews) {
        List<ReviewCandidate> disputed = source.stream().filter(c -> reviews.isDisputed(c.sessionId())).toList();
        return new ReviewQueue(title, QueueSelection.all().pick(disputed, 0, 0), ReviewRound.SECOND);
    }

    public int size() {
        return sessions.size();
    }

    /** How far the team is with this queue: sessions with any review, and how many each reviewer did. */
    public Progress progress(ReviewLedger reviews) {
        int done = 0;
        Map<String, Integer> byReviewer = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ReviewCandidate candidate : sessions) {
            Map<String, Review> latest = reviews.latestByReviewer(candidate.sessionId());
            boolean counted = round == ReviewRound.FIRST ? !latest.isEmpty()
                    : latest.values().stream().anyMatch(r -> r.round() == ReviewRound.SECOND);
            if (counted) {
                done++;
            }
            latest.values().forEach(r -> {
                byReviewer.merge(r.reviewerKey(), 1, Integer::sum);
                names.put(r.reviewerKey(), r.reviewer());
            });
        }
        Map<String, Integer> named = new LinkedHashMap<>();
        byReviewer.forEach((key, count) -> named.put(names.get(key), count));
        return new Progress(sessions.size(), done, named);
    }

    /**
     * @param byReviewer sessions of the queue each reviewer labelled, by name as they last spelled it
     */
    public record Progress(int total, int done, Map<String, Integer> byReviewer) {

        public Progress {
            byReviewer = Collections.unmodifiableMap(new LinkedHashMap<>(byReviewer));
        }

        /** "12 of 50 reviewed (ana 10, ben 4)". */
        public String text() {
            String who = byReviewer.entrySet().stream()
                    .map(e -> VisibleText.of(e.getKey()) + " " + e.getValue())
                    .reduce((a, b) -> a + ", " + b).map(s -> " (" + s + ")").orElse("");
            return ReviewWords.get("queue.progress", done, total) + who;
        }
    }
}
