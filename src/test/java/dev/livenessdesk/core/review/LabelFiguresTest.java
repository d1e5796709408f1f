package dev.livenessdesk.core.review;

import static dev.livenessdesk.core.review.ReviewFixtures.id;
import static dev.livenessdesk.core.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Rate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the labels say at a pass mark, against a table counted by hand. */
class LabelFiguresTest {

    /**
     * Pass mark 80. Labelled live: 95 and 90 (accepted), 60 (rejected). Labelled printed photo: 85 (accepted, the
     * service was fooled) and 10. Labelled mask: 20. Session 7 (88) disputed, 8 (50) cannot tell, 9 (70) unreviewed.
     */
    @Test
    void countsAgainstTheLabelsAsTruth() {
        List<LabelFigures.Scored> scored = List.of(
                scored(1, 95, Expectation.BONA_FIDE), scored(2, 90, Expectation.BONA_FIDE),
                scored(3, 60, Expectation.BONA_FIDE),
                // The scenario said bona fide, the reviewers saw a printed photo: counted as unlike its scenario.
                scored(4, 85, Expectation.BONA_FIDE),
                scored(5, 10, Expectation.attack(AttackSpecies.PRINTED_PHOTO)),
                scored(6, 20, Expectation.attack(AttackSpecies.MASK)),
                scored(7, 88, Expectation.BONA_FIDE), scored(8, 50, Expectation.BONA_FIDE),
                scored(9, 70, Expectation.BONA_FIDE));
        ReviewLedger reviews = ReviewLedger.of(List.of(
                review(1, "ana", ReviewLabel.LIVE), review(2, "ana", ReviewLabel.LIVE),
                review(3, "ana", ReviewLabel.LIVE), review(3, "ben", ReviewLabel.LIVE),
                review(4, "ana", ReviewLabel.PRINTED_PHOTO),
                // ben could not tell: ana's label stands alone.
                review(4, "ben", ReviewLabel.CANNOT_TELL),
                review(5, "ana", ReviewLabel.PRINTED_PHOTO), review(6, "ana", ReviewLabel.MASK),
                review(7, "ana", ReviewLabel.LIVE), review(7, "ben", ReviewLabel.SCREEN_REPLAY),
                review(8, "ana", ReviewLabel.CANNOT_TELL)));

        LabelFigures figures = LabelFigures.of(scored, reviews, 80);

        assertThat(figures.labelled()).isEqualTo(6);
        assertThat(figures.disputed()).isEqualTo(1);
        assertThat(figures.undecided()).isEqualTo(1);
        assertThat(figures.unreviewed()).isEqualTo(1);
        assertThat(figures.acceptedButAttack()).containsExactly(Map.entry(AttackSpecies.PRINTED_PHOTO, 1));
        assertThat(figures.rejectedButLive()).isEqualTo(1);
        assertThat(figures.bpcer()).contains(new Rate(1, 3));
        assertThat(figures.apcer()).containsExactly(Map.entry(AttackSpecies.PRINTED_PHOTO, new Rate(1, 2)),
                Map.entry(AttackSpecies.MASK, new Rate(0, 1)));
        assertThat(figures.unlikeScenario()).isEqualTo(1);
        assertThat(figures.line()).isEqualTo("Reviewers' labels (6 sessions) at pass mark 80: accepted but labelled"
                + " an attack 1 (printed photo 1), rejected but labelled live 1; with the labels as truth BPCER 1/3"
                + " (33.3%), APCER printed photo 1/2 (50%), mask 0/1 (0%). Not counted: 1 disputed, 1 cannot tell,"
                + " 1 not reviewed.");
    }

    @Test
    void withoutAgreedLabelsTheLineSaysSo() {
        LabelFigures figures = LabelFigures.of(List.of(scored(1, 95, Expectation.BONA_FIDE)),
                ReviewLedger.of(List.of()), 80);

        assertThat(figures.bpcer()).isEmpty();
        assertThat(figures.line()).isEqualTo("Reviewers' labels at pass mark 80: no scored session has an agreed"
                + " label yet (0 disputed, 0 cannot tell, 1 not reviewed).");
    }

    private static LabelFigures.Scored scored(int n, float confidence, Expectation scenario) {
        return new LabelFigures.Scored(id(n), confidence, Optional.of(scenario));
    }
}
