package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.campaign.SessionOutcome;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Campaign tab's state without a screen: sessions created while a scenario is active are tagged, followed
 * together until final, kept in the store at every change, and counted in the numbers.
 */
class CampaignViewModelTest {

    private final SandboxBackend backend = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private final InMemoryCampaignStore store = new InMemoryCampaignStore();
    private final ManualDelayer delayer = new ManualDelayer();
    private final List<CreatedSession> createdByForm = new ArrayList<>();
    private CampaignViewModel model;

    @BeforeEach
    void setUp() {
        model = new CampaignViewModel(new SynchronousTaskRunner(), delayer, store, backend::livenessSessions,
                () -> connection, "ana", Clock.systemUTC());
        model.setSessionCreator(() -> {
            try {
                CreatedSession created = backend.livenessSessions(connection).create(settings());
                createdByForm.add(created);
                model.sessionCreated(connection, created);
                return true;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        model.newCampaignNameProperty().set("Release 4.2");
        assertThat(model.createCampaign()).isTrue();
        addScenario("Live", Expectation.BONA_FIDE);
        addScenario("Printed A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO));
    }

    @Test
    void sessionsInFlightAreFollowedTogetherAndRecordedAsTheyEnd() throws Exception {
        model.activeScenarioProperty().set(model.scenarios().get(0));
        model.next();
        model.next();
        model.activeScenarioProperty().set(model.scenarios().get(1));
        model.next();

        assertThat(model.sessions()).extracting(CampaignSession::scenarioName)
                .containsExactly("Live", "Live", "Printed A4");
        backend.simulator().simulateCompletedCheck(createdByForm.get(0).sessionId(), true);
        backend.simulator().simulateCompletedCheck(createdByForm.get(2).sessionId(), false);
        delayer.elapseNext();

        assertThat(model.sessions()).extracting(CampaignSession::rawStatus)
                .containsExactly("SUCCEEDED", "CREATED", "SUCCEEDED");
        assertThat(model.metrics().summaryProperty().get())
                .isEqualTo("At pass mark 80: BPCER 0/1, APCER printed photo 0/1");
        assertThat(model.metrics().notCountedProperty().get()).isEqualTo("Not counted: 1 in flight.");
        assertThat(store.sessionsOf("Release 4.2")).extracting(CampaignSession::rawStatus)
                .containsExactly("SUCCEEDED", "CREATED", "SUCCEEDED");

        backend.simulator().simulateCompletedCheck(createdByForm.get(1).sessionId(), true);
        delayer.elapseNext();
        assertThat(model.metrics().summaryProperty().get()).startsWith("At pass mark 80: BPCER 0/2,");
        assertThat(delayer.waitingCount()).as("every session is final: no more polls").isZero();
    }

    @Test
    void theLineThatPromisedToFollowASessionSaysHowItEnded() {
        model.activeScenarioProperty().set(model.scenarios().get(0));
        model.next();
        String id = createdByForm.get(0).sessionId();
        assertThat(model.messageProperty().get()).endsWith("is tagged 'Live' and followed until it ends.");

        playAndPoll(0, true);

        assertThat(model.messageProperty().get()).isEqualTo("Session " + id.substring(0, 8) + " ('Live') ended: SUCCEEDED.")
                .doesNotContain("followed until it ends");
    }

    @Test
    void thePassMarkMovesTheNumbersWithoutNewCalls() {
        model.activeScenarioProperty().set(model.scenarios().get(0));
        model.next();
        playAndPoll(0, true);

        model.metrics().passMarkProperty().set(94);

        assertThat(model.metrics().summaryProperty().get()).isEqualTo("At pass mark 94: BPCER 1/1 (100%), "
                + "APCER printed photo none scored yet");
    }

    @Test
    void retaggedAndExcludedSessionsAreKeptWithTheirNote() throws Exception {
        model.activeScenarioProperty().set(model.scenarios().get(0));
        model.next();
        playAndPoll(0, false);
        CampaignSession spoofUnderLive = model.sessions().get(0);

        model.retag(spoofUnderLive, model.scenarios().get(1), "wrong scenario picked");
        assertThat(model.metrics().summaryProperty().get()).isEqualTo("At pass mark 80: BPCER none scored yet, "
                + "APCER printed photo 0/1");
        model.setExcluded(model.sessions().get(0), true, "tester looked away");

        CampaignSession kept = store.sessionsOf("Release 4.2").get(0);
        assertThat(kept.scenarioName()).isEqualTo("Printed A4");
        assertThat(kept.excluded()).isTrue();
        assertThat(kept.note()).contains("tester looked away");
        assertThat(kept.outcome()).isEqualTo(SessionOutcome.EXCLUDED);
        assertThat(model.metrics().notCountedProperty().get()).isEqualTo("Not counted: 1 excluded.");
    }

    @Test
    void withoutAnActiveScenarioSessionsAreNotTaggedAndNextSaysWhy() {
        model.activeScenarioProperty().set(null);

        assertThat(model.next()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Pick a campaign and a scenario first.");
        assertThat(model.sessionCreated(connection, new CreatedSession("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8",
                java.time.Instant.now(), settings()))).isFalse();
        assertThat(model.sessions()).isEmpty();
        assertThat(model.taggingProperty().get()).contains("has no scenario yet").doesNotContain("tagged '");
    }

    @Test
    void badNamesAreRefusedNextToTheField() {
        model.newCampaignNameProperty().set("  release 4.2 ");
        assertThat(model.createCampaign()).isFalse();
        assertThat(model.campaignNameProblemProperty().get()).contains("already a campaign named 'Release 4.2'");

        model.newScenarioNameProperty().set("LIVE");
        assertThat(model.addScenario()).isFalse();
        assertThat(model.scenarioNameProblemProperty().get()).contains("already a scenario named 'Live'");
        model.newScenarioNameProperty().set("");
        assertThat(model.addScenario()).isFalse();
        assertThat(model.scenarioNameProblemProperty().get()).isEqualTo("Give it a name.");
    }

    @Test
    void aReopenedCampaignFollowsItsUnfinishedSessionsAgain() throws Exception {
        model.activeScenarioProperty().set(model.scenarios().get(0));
        model.next();
        CampaignViewModel reopened = new CampaignViewModel(new SynchronousTaskRunner(), delayer, store,
                backend::livenessSessions, () -> connection, "ben", Clock.systemUTC());
        model.dispose();

        reopened.load();
        backend.simulator().simulateCompletedCheck(createdByForm.get(0).sessionId(), true);
        delayer.elapseNext();

        assertThat(reopened.campaignProperty().get().name()).isEqualTo("Release 4.2");
        assertThat(reopened.sessions()).singleElement().satisfies(s -> {
            assertThat(s.rawStatus()).isEqualTo("SUCCEEDED");
            assertThat(s.tester()).isEqualTo("ana");
        });
    }

    private void playAndPoll(int index, boolean live) {
        try {
            backend.simulator().simulateCompletedCheck(createdByForm.get(index).sessionId(), live);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        model.checkNow();
    }

    private void addScenario(String name, Expectation expectation) {
        model.newScenarioNameProperty().set(name);
        model.newScenarioExpectationProperty().set(expectation);
        assertThat(model.addScenario()).isTrue();
    }

    private static SessionSettings settings() {
        return new SessionSettings("us-east-1", java.util.Optional.empty(), "", 0, java.util.Optional.empty(),
                dev.livenessdesk.core.session.ChallengeType.DEFAULT, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
    }
}
