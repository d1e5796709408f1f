package dev.livenessdesk.core.review;

import static dev.livenessdesk.core.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cohen's kappa against tables worked by hand, with the count it rests on. */
class ReviewerAgreementTest {

    /**
     * 50 sessions: both say live on 20, both printed photo on 15, ana live / ben photo on 5, ana photo / ben live
     * on 10. Observed 35/50 = 0.70; ana live 25/50, ben live 30/50, so expected 0.5*0.6 + 0.5*0.4 = 0.50;
     * kappa = (0.70 - 0.50) / 0.50 = 0.40.
     */
    @Test
    void kappaOfATwoByTwoTableWorkedByHand() {
        List<Review> reviews = new ArrayList<>();
        int n = 0;
        n = add(reviews, n, 20, ReviewLabel.LIVE, ReviewLabel.LIVE);
        n = add(reviews, n, 15, ReviewLabel.PRINTED_PHOTO, ReviewLabel.PRINTED_PHOTO);
        n = add(reviews, n, 5, ReviewLabel.LIVE, ReviewLabel.PRINTED_PHOTO);
        add(reviews, n, 10, ReviewLabel.PRINTED_PHOTO, ReviewLabel.LIVE);

        List<ReviewerAgreement> pairs = ReviewerAgreement.perPair(ReviewLedger.of(reviews));

        assertThat(pairs).hasSize(1);
        ReviewerAgreement pair = pairs.get(0);
        assertThat(pair.first()).isEqualTo("Ana");
        assertThat(pair.second()).isEqualTo("ben");
        assertThat(pair.count()).isEqualTo(50);
        assertThat(pair.agreed()).isEqualTo(35);
        assertThat(pair.kappa().getAsDouble()).isCloseTo(0.40, within(1e-9));
        assertThat(pair.text()).isEqualTo("Ana and ben: kappa 0.40 over 50 sessions (35 agree)");
    }

    @Test
    void onlySessionsBothLabelledCountAndEachReviewersLatestLabelIsTheirs() {
        List<Review> reviews = List.of(
                review(1, "ana", ReviewLabel.LIVE), review(1, "ben", ReviewLabel.MASK),
                // ben changed his mind on session 1: his latest label counts.
                review(1, "ben", ReviewLabel.LIVE, 60, ReviewRound.SECOND),
                review(2, "ana", ReviewLabel.MASK), review(2, "ben", ReviewLabel.MASK),
                review(3, "ana", ReviewLabel.LIVE),
                review(4, "cleo", ReviewLabel.LIVE));

        List<ReviewerAgreement> pairs = ReviewerAgreement.perPair(ReviewLedger.of(reviews));

        assertThat(pairs).extracting(ReviewerAgreement::first, ReviewerAgreement::second,
                        ReviewerAgreement::count, ReviewerAgreement::agreed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "ben", 2, 2));
        assertThat(pairs.get(0).kappa().getAsDouble()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void oneLabelThroughoutLeavesKappaUndefinedNotOne() {
        List<Review> reviews = List.of(review(1, "ana", ReviewLabel.LIVE), review(1, "ben", ReviewLabel.LIVE),
                review(2, "ana", ReviewLabel.LIVE), review(2, "ben", ReviewLabel.LIVE));

        ReviewerAgreement pair = ReviewerAgreement.perPair(ReviewLedger.of(reviews)).get(0);

        assertThat(pair.kappa()).isEmpty();
        assertThat(pair.text()).isEqualTo("ana and ben: kappa undefined (one label throughout) over 2 sessions (2 agree)");
    }

    @Test
    void theSameReviewReadTwiceCountsOnce() {
        Review once = review(1, "ana", ReviewLabel.LIVE);
        ReviewLedger ledger = ReviewLedger.of(List.of(once, once, review(1, "ANA ", ReviewLabel.LIVE),
                review(1, "ben", ReviewLabel.LIVE)));

        assertThat(ledger.of(ReviewFixtures.id(1))).hasSize(2);
    }

    private static int add(List<Review> reviews, int from, int count, ReviewLabel ana, ReviewLabel ben) {
        for (int i = from; i < from + count; i++) {
            reviews.add(review(i, "Ana", ana));
            reviews.add(review(i, "ben", ben));
        }
        return from + count;
    }
}
