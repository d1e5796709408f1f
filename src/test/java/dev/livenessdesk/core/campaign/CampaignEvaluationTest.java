package dev.livenessdesk.core.campaign;

import static dev.livenessdesk.core.campaign.CampaignFixtures.attack;
import static dev.livenessdesk.core.campaign.CampaignFixtures.bonaFide;
import static dev.livenessdesk.core.campaign.CampaignFixtures.campaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * APCER and BPCER against tables computed by hand. A session is accepted when its confidence is at or above the
 * pass mark; only scored sessions count.
 */
class CampaignEvaluationTest {

    private static final Campaign EVALUATION = campaign("Release 4.2",
            bonaFide("Good light"), bonaFide("Poor light"),
            attack("Printed A4", AttackSpecies.PRINTED_PHOTO),
            attack("Phone replay", AttackSpecies.SCREEN_REPLAY), attack("Tablet replay", AttackSpecies.SCREEN_REPLAY),
            attack("Silicone mask", AttackSpecies.MASK));

    /**
     * Good light: 95, 90, 80 (a tie), 79.9, one in progress, one expired. Poor light: 85, 60, one excluded at 10,
     * one FAILED without a score. Printed: 10, 20, 80 (a tie). Phone: 5, 81. Tablet: 79. Mask: nothing.
     */
    private static List<CampaignSession> table() {
        return new CampaignFixtures("Release 4.2")
                .scored("Good light", 95, 90, 80, 79.9f).status("Good light", "IN_PROGRESS")
                .status("Good light", "EXPIRED")
                .scored("Poor light", 85, 60).excluded("Poor light", 10).status("Poor light", "FAILED")
                .scored("Printed A4", 10, 20, 80)
                .scored("Phone replay", 5, 81)
                .scored("Tablet replay", 79)
                .sessions();
    }

    @Test
    void atPassMark80TiesAreAcceptedAndOnlyScoredSessionsCount() {
        PassMarkMetrics metrics = CampaignEvaluation.of(EVALUATION, table()).at(80);

        // Bona fide scored: 95, 90, 80, 79.9, 85, 60; rejected below 80: 79.9 and 60.
        assertThat(metrics.bpcer()).contains(new Rate(2, 6));
        assertThat(metrics.apcer()).containsExactly(
                Map.entry(AttackSpecies.PRINTED_PHOTO, new Rate(1, 3)),
                Map.entry(AttackSpecies.SCREEN_REPLAY, new Rate(1, 3)),
                Map.entry(AttackSpecies.MASK, new Rate(0, 0)));
        // Printed photo and screen replay tie at 1/3: the first in species order is named.
        assertThat(metrics.worst()).contains(new PassMarkMetrics.SpeciesRate(AttackSpecies.PRINTED_PHOTO,
                new Rate(1, 3)));
        assertThat(metrics.scenarioErrors()).containsExactly(
                Map.entry("Good light", new Rate(1, 4)), Map.entry("Poor light", new Rate(1, 2)),
                Map.entry("Printed A4", new Rate(1, 3)), Map.entry("Phone replay", new Rate(1, 2)),
                Map.entry("Tablet replay", new Rate(0, 1)), Map.entry("Silicone mask", new Rate(0, 0)));
    }

    @Test
    void aSpeciesWithNoSessionsIsUndefinedNotZeroAndNeverTheWorst() {
        PassMarkMetrics metrics = CampaignEvaluation.of(EVALUATION, table()).at(82);

        // At 82: printed 0/3, screen replay 0/3 (81 is below now), mask undefined.
        assertThat(metrics.apcer().get(AttackSpecies.MASK).fraction()).isEmpty();
        assertThat(metrics.apcer().get(AttackSpecies.SCREEN_REPLAY)).isEqualTo(new Rate(0, 3));
        assertThat(metrics.worst().orElseThrow().species()).isEqualTo(AttackSpecies.PRINTED_PHOTO);
        assertThat(metrics.worstApcer()).hasValue(0.0);
        assertThat(metrics.bpcer()).contains(new Rate(3, 6));
    }

    @Test
    void theWorstSpeciesIsTheOneLettingMostThrough() {
        PassMarkMetrics metrics = CampaignEvaluation.of(EVALUATION, table()).at(50);

        // At 50: printed 1/3 (80), screen replay 2/3 (81 and 79). At 6: printed 3/3, replay 2/3 (5 is below).
        assertThat(CampaignEvaluation.of(EVALUATION, table()).at(6).worst().orElseThrow())
                .isEqualTo(new PassMarkMetrics.SpeciesRate(AttackSpecies.PRINTED_PHOTO, new Rate(3, 3)));
        assertThat(metrics.worst().orElseThrow())
                .isEqualTo(new PassMarkMetrics.SpeciesRate(AttackSpecies.SCREEN_REPLAY, new Rate(2, 3)));
        assertThat(CampaignEvaluation.of(campaign("C", attack("Photo", AttackSpecies.PRINTED_PHOTO),
                        attack("Replay", AttackSpecies.SCREEN_REPLAY)),
                new CampaignFixtures("C").scored("Photo", 10, 90).scored("Replay", 70, 90).sessions())
                .at(50).worst().orElseThrow().species()).isEqualTo(AttackSpecies.SCREEN_REPLAY);
    }

    @Test
    void talliesSayWhereEverySessionStands() {
        CampaignEvaluation evaluation = CampaignEvaluation.of(EVALUATION, table());

        ScenarioTally good = evaluation.tallies().get(0);
        assertThat(good.sessions()).isEqualTo(6);
        assertThat(good.scored()).isEqualTo(4);
        assertThat(good.count(SessionOutcome.IN_FLIGHT)).isEqualTo(1);
        assertThat(good.count(SessionOutcome.EXPIRED)).isEqualTo(1);
        ScenarioTally poor = evaluation.tallies().get(1);
        assertThat(poor.count(SessionOutcome.EXCLUDED)).isEqualTo(1);
        assertThat(poor.count(SessionOutcome.NOT_SCORED)).isEqualTo(1);
        assertThat(evaluation.tallies().get(5).sessions()).isZero();
        assertThat(CampaignSummary.notCounted(evaluation))
                .isEqualTo("Not counted: 1 in flight, 1 expired, 1 without a score, 1 excluded.");
    }

    @Test
    void theSummaryLineReadsAsTheIssueWroteIt() {
        Campaign campaign = campaign("Pilot", bonaFide("Live"), attack("Photo", AttackSpecies.PRINTED_PHOTO),
                attack("Replay", AttackSpecies.SCREEN_REPLAY));
        CampaignFixtures sessions = new CampaignFixtures("Pilot");
        for (int i = 0; i < 18; i++) {
            sessions.scored("Live", 90 + i % 10);
        }
        sessions.scored("Live", 12, 79.99f);
        for (int i = 0; i < 10; i++) {
            sessions.scored("Photo", i * 7);
        }
        for (int i = 0; i < 9; i++) {
            sessions.scored("Replay", i);
        }
        sessions.scored("Replay", 80);

        PassMarkMetrics metrics = CampaignEvaluation.of(campaign, sessions.sessions()).at(80);

        assertThat(CampaignSummary.line(metrics))
                .isEqualTo("At pass mark 80: BPCER 2/20 (10%), APCER printed photo 0/10, screen replay 1/10 (10%)");
    }

    @Test
    void theSummaryNamesWhatCannotBeCountedYet() {
        PassMarkMetrics metrics = CampaignEvaluation.of(EVALUATION, table()).at(80);

        assertThat(CampaignSummary.line(metrics)).isEqualTo("At pass mark 80: BPCER 2/6 (33.3%), APCER printed photo"
                + " 1/3 (33.3%), screen replay 1/3 (33.3%), mask none scored yet");
        assertThat(CampaignSummary.line(CampaignEvaluation.of(campaign("Empty"), List.of()).at(80)))
                .isEqualTo("At pass mark 80: no scenarios yet.");
    }

    @Test
    void aCampaignWithoutBonaFideScenariosHasNoBpcer() {
        Campaign attacksOnly = campaign("Attacks", attack("Photo", AttackSpecies.PRINTED_PHOTO));

        PassMarkMetrics metrics = CampaignEvaluation.of(attacksOnly,
                new CampaignFixtures("Attacks").scored("Photo", 70).sessions()).at(60);

        assertThat(metrics.bpcer()).isEmpty();
        assertThat(metrics.apcer()).containsEntry(AttackSpecies.PRINTED_PHOTO, new Rate(1, 1));
        assertThat(CampaignSummary.line(metrics)).isEqualTo("At pass mark 60: APCER printed photo 1/1 (100%)");
    }

    @Test
    void sessionsOfOtherCampaignsOrUnknownScenariosAreNotCounted() {
        List<CampaignSession> sessions = new java.util.ArrayList<>(table());
        sessions.addAll(new CampaignFixtures("Other campaign").scored("Good light", 10).sessions());
        sessions.addAll(new CampaignFixtures("release 4.2").scored("Deleted scenario", 10).sessions());

        CampaignEvaluation evaluation = CampaignEvaluation.of(EVALUATION, sessions);

        assertThat(evaluation.at(80).bpcer()).contains(new Rate(2, 6));
        assertThat(evaluation.untagged()).isEqualTo(1);
    }

    @Test
    void feedbackCodesAreCountedPerScenarioWithoutExcludedSessions() {
        Campaign campaign = campaign("F", bonaFide("Dim room"));
        CampaignSession dim = CampaignSession.created("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8",
                CampaignFixtures.START, "us-east-1", "F", "Dim room", "ana");
        List<CampaignSession> sessions = List.of(
                dim.withResult("SUCCEEDED", Optional.of(40f), List.of("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED")),
                new CampaignSession("11111111-2222-3333-4444-555555555555", "F", "Dim room", CampaignFixtures.START,
                        "ana", "us-east-1", "SUCCEEDED", Optional.of(30f), List.of("LOW_LIGHTING_DETECTED"), false,
                        Optional.empty()),
                new CampaignSession("11111111-2222-3333-4444-666666666666", "F", "Dim room", CampaignFixtures.START,
                        "ana", "us-east-1", "SUCCEEDED", Optional.of(30f), List.of("EYES_CLOSED_DETECTED"), true,
                        Optional.of("eyes closed on purpose")));

        CampaignEvaluation evaluation = CampaignEvaluation.of(campaign, sessions);

        assertThat(evaluation.feedbackCounts().get("Dim room"))
                .containsExactly(Map.entry("FACE_NOT_ALIGNED", 1), Map.entry("LOW_LIGHTING_DETECTED", 2));
        assertThat(evaluation.feedbackCodes()).containsExactly("FACE_NOT_ALIGNED", "LOW_LIGHTING_DETECTED");
    }

    @Test
    void passMarksOutside0To100AreRefused() {
        CampaignEvaluation evaluation = CampaignEvaluation.of(EVALUATION, table());

        assertThatThrownBy(() -> evaluation.at(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluation.at(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(evaluation.at(0).bpcer()).contains(new Rate(0, 6));
        assertThat(evaluation.at(100).bpcer()).contains(new Rate(6, 6));
    }
}
