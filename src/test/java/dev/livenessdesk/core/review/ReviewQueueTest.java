package dev.livenessdesk.core.review;

import static dev.livenessdesk.core.review.ReviewFixtures.candidate;
import static dev.livenessdesk.core.review.ReviewFixtures.id;
import static dev.livenessdesk.core.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queues: all, the newest N, the sample near the pass mark, the blind second review and the disagreements. */
class ReviewQueueTest {

    @Test
    void newestTakesTheLatestSessionsNewestFirst() {
        List<ReviewCandidate> source = List.of(candidate(1, 90f), candidate(3, 10f), candidate(2, null));

        ReviewQueue queue = ReviewQueue.firstLook("History", source, QueueSelection.newest(2), 80, 1);

        assertThat(queue.sessions()).extracting(ReviewCandidate::sessionId).containsExactly(id(3), id(2));
        assertThat(ReviewQueue.firstLook("History", source, QueueSelection.all(), 80, 1).size()).isEqualTo(3);
    }

    @Test
    void theSampleLeansTowardsThePassMarkButLeavesNothingOut() {
        // 100 sessions at each of 0, 40, 80 (the pass mark) and 100 without a score; draw 40, many times.
        List<ReviewCandidate> source = new ArrayList<>();
        int n = 0;
        for (Float score : new Float[] {0f, 40f, 80f, null}) {
            for (int i = 0; i < 100; i++) {
                source.add(candidate(n++, score));
            }
        }
        Map<String, Integer> drawn = new HashMap<>();
        for (long seed = 0; seed < 200; seed++) {
            List<ReviewCandidate> sample = QueueSelection.sampleNearPassMark(40).pick(source, 80, seed);
            assertThat(sample).hasSize(40).doesNotHaveDuplicates();
            sample.forEach(c -> drawn.merge(String.valueOf(c.confidence().orElse(null)), 1, Integer::sum));
        }

        assertThat(drawn.get("80.0")).isGreaterThan(2 * drawn.get("40.0"));
        assertThat(drawn.get("40.0")).isGreaterThan(drawn.get("0.0"));
        assertThat(drawn.get("0.0")).isPositive();
        assertThat(drawn.get("null")).isPositive();
    }

    @Test
    void theSameSeedDrawsTheSameSampleOnEveryDesk() {
        List<ReviewCandidate> source = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            source.add(candidate(i, (float) (i * 2)));
        }

        assertThat(QueueSelection.sampleNearPassMark(10).pick(source, 60, 42))
                .isEqualTo(QueueSelection.sampleNearPassMark(10).pick(reversed(source), 60, 42));
    }

    private static List<ReviewCandidate> reversed(List<ReviewCandidate> source) {
        List<ReviewCandidate> copy = new ArrayList<>(source);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void aCountOutsideItsRangeIsRefusedInWords() {
        assertThatThrownBy(() -> QueueSelection.newest(0)).hasMessage("A queue takes 1 to 10,000 sessions.");
    }

    @Test
    void theBlindSampleTakesOnlySessionsOthersLabelledAndThisReviewerHasNot() {
        List<ReviewCandidate> source = List.of(candidate(1, 90f), candidate(2, 90f), candidate(3, 90f),
                candidate(4, 90f));
        ReviewLedger reviews = ReviewLedger.of(List.of(review(1, "ana", ReviewLabel.LIVE),
                review(2, "ana", ReviewLabel.MASK), review(2, "ben", ReviewLabel.MASK),
                review(3, "ana", ReviewLabel.LIVE)));

        ReviewQueue blind = ReviewQueue.blindSecond("Blind", source, reviews, "Ben", 10, 7);

        assertThat(blind.round()).isEqualTo(ReviewRound.SECOND);
        assertThat(blind.sessions()).extracting(ReviewCandidate::sessionId).containsExactlyInAnyOrder(id(1), id(3));
        assertThat(ReviewQueue.blindSecond("Blind", source, reviews, "ben", 1, 7).size()).isEqualTo(1);
    }

    @Test
    void disagreementsAreTheSessionsWhoseLatestLabelsDiffer() {
        List<ReviewCandidate> source = List.of(candidate(1, 90f), candidate(2, 90f), candidate(3, 90f));
        ReviewLedger reviews = ReviewLedger.of(List.of(review(1, "ana", ReviewLabel.LIVE),
                review(1, "ben", ReviewLabel.SCREEN_REPLAY, 0, ReviewRound.SECOND),
                review(2, "ana", ReviewLabel.MASK), review(2, "ben", ReviewLabel.MASK, 0, ReviewRound.SECOND),
                review(3, "ana", ReviewLabel.LIVE)));

        assertThat(ReviewQueue.disagreements("Disagreements", source, reviews).sessions())
                .extracting(ReviewCandidate::sessionId).containsExactly(id(1));
    }

    @Test
    void progressSaysHowManyAreDoneAndByWhom() {
        List<ReviewCandidate> source = List.of(candidate(1, 90f), candidate(2, 90f), candidate(3, 90f));
        ReviewQueue queue = ReviewQueue.firstLook("History", source, QueueSelection.all(), 80, 0);
        ReviewLedger reviews = ReviewLedger.of(List.of(review(1, "ana", ReviewLabel.LIVE),
                review(2, "ana", ReviewLabel.MASK), review(2, "ben", ReviewLabel.MASK),
                review(9, "ben", ReviewLabel.MASK)));

        ReviewQueue.Progress progress = queue.progress(reviews);

        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.text()).isEqualTo("2 of 3 reviewed (ana 2, ben 1)");
    }
}
