package dev.livenessdesk.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Campaigns, scenarios and sessions: the names, the expectations, and what re-tagging and excluding keep. */
class CampaignModelTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    @ParameterizedTest
    @CsvSource({"bona-fide,bona-fide,bona fide", "' Attack:Printed-Photo ',attack:printed-photo,attack: printed photo",
            "attack:screen-replay,attack:screen-replay,attack: screen replay", "attack:mask,attack:mask,attack: mask",
            "attack:injection,attack:injection,attack: deepfake/injection", "attack:other,attack:other,attack: other attack"})
    void expectationsReadTheCommandLineWords(String typed, String wire, String label) {
        Expectation expectation = Expectation.parse(typed);

        assertThat(expectation.wireName()).isEqualTo(wire);
        assertThat(expectation.label()).isEqualTo(label);
        assertThat(Expectation.parse(expectation.wireName())).isEqualTo(expectation);
    }

    @Test
    void anUnknownExpectationListsTheAcceptedOnes() {
        assertThatThrownBy(() -> Expectation.parse("attack:paper"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'attack:paper' is not an expectation: use one of bona-fide, attack:printed-photo, "
                        + "attack:screen-replay, attack:mask, attack:injection, attack:other.");
        assertThatThrownBy(() -> Expectation.parse(null)).hasMessageStartingWith("'' is not an expectation");
    }

    @Test
    void namesAreTrimmedCheckedAndTheSameRegardlessOfCase() {
        assertThat(new Scenario("  Printed A4\u00a0", Expectation.BONA_FIDE).name()).isEqualTo("Printed A4");
        assertThat(CampaignNames.problem(" ")).contains("Give it a name.");
        assertThat(CampaignNames.problem("x".repeat(81))).contains("Names are at most 80 characters.");
        assertThat(CampaignNames.problem("x".repeat(80))).isEmpty();
        assertThat(CampaignNames.problem("two\tparts")).isPresent();
        assertThat(CampaignNames.same("Release 4.2", " release 4.2")).isTrue();
    }

    @Test
    void aCampaignRefusesTwoScenariosOfTheSameName() {
        Campaign campaign = Campaign.started("Pilot", AT)
                .withScenario(new Scenario("Live", Expectation.BONA_FIDE));

        assertThat(campaign.scenarioNameProblem("LIVE")).contains("There is already a scenario named 'Live' in this campaign.");
        assertThat(campaign.scenarioNameProblem("Printed")).isEmpty();
        assertThatThrownBy(() -> campaign.withScenario(new Scenario("live", Expectation.attack(AttackSpecies.MASK))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(campaign.scenario("live").orElseThrow().name()).isEqualTo("Live");
    }

    @ParameterizedTest
    @CsvSource({"CREATED,,IN_FLIGHT", "IN_PROGRESS,,IN_FLIGHT", "SUCCEEDED,97.5,SCORED", "FAILED,12,SCORED",
            "FAILED,,NOT_SCORED", "EXPIRED,,EXPIRED", "SUCCEEDED,,NOT_SCORED", "PAUSED_BY_NEWER_SERVICE,,NOT_SCORED",
            "IN_PROGRESS,50,IN_FLIGHT"})
    void eachStatusCountsAsAPersonWouldCountIt(String status, Float confidence, SessionOutcome outcome) {
        CampaignSession session = CampaignSession.created(ID, AT, "us-east-1", "Pilot", "Live", "ana")
                .withResult(status, Optional.ofNullable(confidence), List.of());

        assertThat(session.outcome()).isEqualTo(outcome);
        assertThat(session.withExcluded(true, "tester looked away").outcome()).isEqualTo(SessionOutcome.EXCLUDED);
    }

    @Test
    void aLaterAnswerWithoutScoreOrFeedbackKeepsWhatWasKnown() {
        CampaignSession scored = CampaignSession.created(ID, AT, "us-east-1", "Pilot", "Live", "ana")
                .withResult("SUCCEEDED", Optional.of(91f), List.of("LOW_LIGHTING_DETECTED"));

        CampaignSession again = scored.withResult("SUCCEEDED", Optional.empty(), List.of());

        assertThat(again.confidence()).contains(91f);
        assertThat(again.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED");
    }

    @Test
    void retaggingAndExcludingKeepTheResultAndTheReason() {
        CampaignSession scored = CampaignSession.created(ID, AT, "us-east-1", "Pilot", "Live", "ana")
                .withResult("SUCCEEDED", Optional.of(40f), List.of());

        CampaignSession moved = scored.retagged("Live dim", "lights were off");
        CampaignSession out = moved.withExcluded(true, "  tester looked away ");
        CampaignSession back = out.withExcluded(false, null);

        assertThat(moved.scenarioName()).isEqualTo("Live dim");
        assertThat(moved.note()).contains("lights were off");
        assertThat(out.confidence()).contains(40f);
        assertThat(out.note()).contains("tester looked away");
        assertThat(back.outcome()).isEqualTo(SessionOutcome.SCORED);
        assertThat(back.note()).contains("tester looked away");
    }

    @Test
    void theInMemoryStoreKeepsCampaignsByNameAndSessionsById() throws Exception {
        InMemoryCampaignStore store = new InMemoryCampaignStore();
        Campaign pilot = Campaign.started("Pilot", AT).withScenario(new Scenario("Live", Expectation.BONA_FIDE));
        store.save(Campaign.started("Later", AT.plusSeconds(60)));
        store.save(pilot);
        CampaignSession session = CampaignSession.created(ID, AT, "us-east-1", "pilot", "LIVE", "ana");

        store.save(session);
        store.save(session.withResult("SUCCEEDED", Optional.of(88f), List.of()));

        assertThat(store.campaigns()).extracting(Campaign::name).containsExactly("Pilot", "Later");
        assertThat(store.campaign("PILOT")).contains(pilot);
        assertThat(store.sessionsOf("Pilot")).singleElement()
                .satisfies(s -> assertThat(s.confidence()).contains(88f));
        assertThat(store.sessionsOf("Nobody")).isEmpty();
        assertThatThrownBy(() -> store.save(CampaignSession.created(ID, AT, "us-east-1", "Pilot", "Mask", "ana")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
