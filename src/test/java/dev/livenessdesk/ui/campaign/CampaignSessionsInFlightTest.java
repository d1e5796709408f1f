package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions followed while they run, against the sandbox: kept, said, and the promise kept when they end. */
class CampaignSessionsInFlightTest {

    private static final Scenario LIVE = new Scenario("Live", Expectation.BONA_FIDE);

    private final SandboxBackend backend = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private final InMemoryCampaignStore store = new InMemoryCampaignStore();
    private final ManualDelayer delayer = new ManualDelayer();
    private final StringProperty message = new SimpleStringProperty("");
    private final SynchronousTaskRunner tasks = new SynchronousTaskRunner();
    private final CampaignSessionList sessionList = new CampaignSessionList(this, tasks, store, message::set);
    private final CampaignSessionsInFlight inFlight = new CampaignSessionsInFlight(tasks, delayer,
            backend::livenessSessions, sessionList, message);

    @BeforeEach
    void campaignKept() throws Exception {
        store.save(Campaign.started("Release 4.2", Instant.now()).withScenario(LIVE));
    }

    private CreatedSession create() throws Exception {
        return backend.livenessSessions(connection).create(new SessionSettings("us-east-1", Optional.empty(), "", 0,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private CampaignSession tag(CreatedSession created) {
        CampaignSession tagged = CampaignSession.tagged(created, "Release 4.2", LIVE.name(), "ana");
        inFlight.tagged(tagged, connection, created, LIVE);
        return tagged;
    }

    @Test
    void aTaggedSessionIsKeptSaidAndFollowedUntilItsLineSaysHowItEnded() throws Exception {
        CreatedSession created = create();
        String shortId = created.sessionId().substring(0, 8);

        tag(created);

        assertThat(sessionList.sessions()).extracting(CampaignSession::sessionId).containsExactly(created.sessionId());
        assertThat(store.sessionsOf("Release 4.2")).hasSize(1);
        assertThat(message.get()).isEqualTo("Session " + shortId + " is tagged 'Live' and followed until it ends.");

        backend.simulator().simulateCompletedCheck(created.sessionId(), true);
        delayer.elapseNext();

        assertThat(sessionList.sessions()).extracting(CampaignSession::rawStatus).containsExactly("SUCCEEDED");
        assertThat(message.get()).isEqualTo("Session " + shortId + " ('Live') ended: SUCCEEDED.");
        assertThat(delayer.waitingCount()).as("final: no more polls").isZero();
    }

    @Test
    void aNewerLineIsNotOverwrittenWhenTheSessionEnds() throws Exception {
        CreatedSession created = create();
        tag(created);
        message.set("Report saved.");

        backend.simulator().simulateCompletedCheck(created.sessionId(), false);
        inFlight.checkNow();

        assertThat(sessionList.sessions()).extracting(CampaignSession::rawStatus).containsExactly("SUCCEEDED");
        assertThat(message.get()).isEqualTo("Report saved.");
    }

    @Test
    void unfinishedSessionsOfAnOpenedCampaignAreFollowedAgainAndStoppingEndsThePolls() throws Exception {
        CreatedSession created = create();
        CampaignSession stored = CampaignSession.tagged(created, "Release 4.2", LIVE.name(), "ben");
        sessionList.sessions().setAll(List.of(stored));

        inFlight.followUnfinished(List.of(stored), connection.withRegion("eu-west-1"));
        assertThat(delayer.waitingCount()).isEqualTo(1);
        backend.simulator().simulateCompletedCheck(created.sessionId(), true);
        delayer.elapseNext();

        assertThat(sessionList.sessions()).extracting(CampaignSession::rawStatus).containsExactly("SUCCEEDED");

        tag(create());
        inFlight.stopAll();
        assertThat(delayer.waitingCount()).as("stopped: nothing left to ask").isZero();
    }
}
