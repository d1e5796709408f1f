package dev.livenessdesk.core.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which of a source's sessions a queue takes: all of them, the newest N, or a random sample of N drawn with more
 * weight near the pass mark, where the service's mistakes are. A sample is drawn from a seed, so a queue shared by
 * name gives every desk the same sessions.
 */
public record QueueSelection(Kind kind, int count) {

    /** How many sessions a queue can take at most: a day's reviewing many times over. */
    public static final int MAX_COUNT = 10_000;

    public enum Kind { ALL, NEWEST, NEAR_PASS_MARK_SAMPLE }

    public QueueSelection {
        java.util.Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ALL && (count < 1 || count > MAX_COUNT)) {
            throw new IllegalArgumentException(ReviewWords.get("queue.count", MAX_COUNT));
        }
    }

    public static QueueSelection all() {
        return new QueueSelection(Kind.ALL, 0);
    }

    public static QueueSelection newest(int count) {
        return new QueueSelection(Kind.NEWEST, count);
    }

    public static QueueSelection sampleNearPassMark(int count) {
        return new QueueSelection(Kind.NEAR_PASS_MARK_SAMPLE, count);
    }

    /** The sessions this selection takes, newest first (a sample too, so a queue reads the same way every time). */
    public List<ReviewCandidate> pick(List<ReviewCandidate> candidates, int passMark, long seed) {
        List<ReviewCandidate> newestFirst = new ArrayList<>(candidates);
        newestFirst.sort(NEWEST_FIRST);
        return switch (kind) {
            case ALL -> newestFirst;
            case NEWEST -> newestFirst.subList(0, Math.min(count, newestFirst.size()));
            case NEAR_PASS_MARK_SAMPLE -> sample(newestFirst, passMark, new Random(seed));
        };
    }

    private static final Comparator<ReviewCandidate> NEWEST_FIRST = Comparator
            .comparing(ReviewCandidate::createdAt).reversed().thenComparing(ReviewCandidate::sessionId);

    /**
     * Weighted sampling without replacement (Efraimidis and Spirakis: each session keeps u^(1/w) for a uniform u,
     * the largest keys win), so a session at the pass mark is several times likelier than one far from it.
     */
    private List<ReviewCandidate> sample(List<ReviewCandidate> newestFirst, int passMark, Random random) {
        if (newestFirst.size() <= count) {
            return newestFirst;
        }
        record Keyed(ReviewCandidate candidate, double key) {
        }
        List<Keyed> keyed = new ArrayList<>(newestFirst.size());
        for (ReviewCandidate candidate : newestFirst) {
            keyed.add(new Keyed(candidate, Math.pow(random.nextDouble(), 1.0 / weight(candidate, passMark))));
        }
        keyed.sort(Comparator.comparingDouble(Keyed::key).reversed());
        List<ReviewCandidate> taken = new ArrayList<>(keyed.subList(0, count).stream().map(Keyed::candidate).toList());
        taken.sort(NEWEST_FIRST);
        return taken;
    }

    /**
     * 1 at the pass mark, falling to about 0.17 fifty points away; a session without a score weighs like one far
     * from the mark (its images may still show an attack, so it is never left out altogether).
     */
    static double weight(ReviewCandidate candidate, int passMark) {
        return candidate.confidence().map(c -> 1.0 / (1.0 + Math.abs(c - passMark) / 10.0)).orElse(1.0 / 6.0);
    }
}
