package dev.livenessdesk.core.campaign;

import static dev.livenessdesk.core.campaign.CampaignFixtures.attack;
import static dev.livenessdesk.core.campaign.CampaignFixtures.bonaFide;
import static dev.livenessdesk.core.campaign.CampaignFixtures.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The sweep over pass marks 0..100: hand-computed crossings, and the monotony every campaign must show. */
class SweepTest {

    private static final Campaign TWO_SIDES = campaign("Sweep", bonaFide("Live"),
            attack("Mask", AttackSpecies.MASK));

    @Test
    void curvesThatRunTogetherAreReportedAsAStretch() {
        // Live 30, 70; mask 40, 60. BPCER: 0 up to 30, 1/2 from 31 to 70. APCER: 1 up to 40, 1/2 from 41 to 60.
        Sweep sweep = CampaignEvaluation.of(TWO_SIDES,
                new CampaignFixtures("Sweep").scored("Live", 30, 70).scored("Mask", 40, 60).sessions()).sweep();

        assertThat(sweep.points()).hasSize(101);
        assertThat(sweep.crossing()).contains(new Crossing(41, 60, 0.5));
        assertThat(CampaignSummary.crossingText(sweep))
                .isEqualTo("BPCER and the worst APCER are both 50% from pass mark 41 to 60.");
    }

    @Test
    void aCrossingBetweenTwoWholePassMarksIsReadOffTheStraightLines() {
        // Live 50, mask 50: at 50 BPCER 0 and APCER 1; at 51 BPCER 1 and APCER 0: they cross at 50.5, 50%.
        Sweep sweep = CampaignEvaluation.of(TWO_SIDES,
                new CampaignFixtures("Sweep").scored("Live", 50).scored("Mask", 50).sessions()).sweep();

        Crossing crossing = sweep.crossing().orElseThrow();
        assertThat(crossing.passMark()).isEqualTo(50.5);
        assertThat(crossing.rate()).isEqualTo(0.5);
        assertThat(CampaignSummary.crossingText(sweep)).isEqualTo("BPCER and the worst APCER meet at pass mark 50.5 (50%).");
    }

    @Test
    void anUnevenCrossingLandsWhereTheLinesMeet() {
        // Live 20, 60, 90, 95 and mask 10, 30, 55 (4 vs 3). At 55: BPCER 1/4, APCER 1/3; at 56: 1/4 and 0.
        // Gap -1/12 at 55 and +1/4 at 56: share 0.25, so pass mark 55.25 and BPCER 1/4 there.
        Sweep sweep = CampaignEvaluation.of(TWO_SIDES, new CampaignFixtures("Sweep")
                .scored("Live", 20, 60, 90, 95).scored("Mask", 10, 30, 55).sessions()).sweep();

        Crossing crossing = sweep.crossing().orElseThrow();
        assertThat(crossing.fromMark()).isCloseTo(55.25, within(1e-9));
        assertThat(crossing.rate()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void curvesThatNeverMeetHaveNoCrossing() {
        // Every session at 100: BPCER stays 0 and APCER stays 1 on the whole sweep.
        Sweep apart = CampaignEvaluation.of(TWO_SIDES,
                new CampaignFixtures("Sweep").scored("Live", 100).scored("Mask", 100).sessions()).sweep();
        Sweep oneSided = CampaignEvaluation.of(TWO_SIDES,
                new CampaignFixtures("Sweep").scored("Live", 60).status("Mask", "EXPIRED").sessions()).sweep();

        assertThat(apart.crossing()).isEmpty();
        assertThat(CampaignSummary.crossingText(apart))
                .isEqualTo("BPCER and the worst APCER do not meet between 0 and 100.");
        assertThat(oneSided.crossing()).isEmpty();
        assertThat(CampaignSummary.crossingText(oneSided)).startsWith("Where BPCER and APCER meet shows once");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void bpcerNeverFallsAndApcerNeverRisesAsThePassMarkGoesUp(long seed) {
        Campaign campaign = campaign("Random", bonaFide("Live"), bonaFide("Live dim"),
                attack("Photo", AttackSpecies.PRINTED_PHOTO), attack("Replay", AttackSpecies.SCREEN_REPLAY),
                attack("Deepfake", AttackSpecies.INJECTION));
        Random random = new Random(seed);
        CampaignFixtures sessions = new CampaignFixtures("Random");
        String[] names = {"Live", "Live dim", "Photo", "Replay", "Deepfake"};
        for (int i = 0; i < 300; i++) {
            String scenario = names[random.nextInt(names.length)];
            // Whole and fractional scores, many exactly on a pass mark, to test ties.
            float score = random.nextBoolean() ? random.nextInt(101) : random.nextFloat() * 100;
            sessions.scored(scenario, score);
        }

        Sweep sweep = CampaignEvaluation.of(campaign, sessions.sessions()).sweep();

        for (int mark = 1; mark <= 100; mark++) {
            PassMarkMetrics before = sweep.at(mark - 1);
            PassMarkMetrics now = sweep.at(mark);
            assertThat(now.bpcer().orElseThrow().errors()).isGreaterThanOrEqualTo(before.bpcer().orElseThrow().errors());
            for (AttackSpecies species : now.apcer().keySet()) {
                assertThat(now.apcer().get(species).errors())
                        .isLessThanOrEqualTo(before.apcer().get(species).errors());
            }
            assertThat(now.worstApcer().getAsDouble()).isLessThanOrEqualTo(before.worstApcer().getAsDouble());
        }
        assertThat(sweep.at(0).bpcer().orElseThrow().errors()).isZero();
        assertThat(sweep.at(0).worstApcer()).hasValue(1.0);
        Crossing crossing = sweep.crossing().orElseThrow();
        int below = (int) Math.floor(crossing.fromMark());
        int above = (int) Math.ceil(crossing.toMark());
        // The crossing lies between the last pass mark where BPCER is under the worst APCER and the first at or over.
        assertThat(sweep.at(below).bpcer().orElseThrow().fraction().getAsDouble())
                .isLessThanOrEqualTo(sweep.at(below).worstApcer().getAsDouble());
        assertThat(sweep.at(above).bpcer().orElseThrow().fraction().getAsDouble())
                .isGreaterThanOrEqualTo(sweep.at(above).worstApcer().getAsDouble());
        assertThat(crossing.rate()).isBetween(sweep.at(below).bpcer().orElseThrow().fraction().getAsDouble(),
                sweep.at(above).bpcer().orElseThrow().fraction().getAsDouble());
    }
}
