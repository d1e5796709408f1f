package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.ManualDelayer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions left CREATED or IN_PROGRESS are asked about again in the background, a bounded number, each call with a
 * deadline, over a real history database and the real SDK against the Rekognition stand-in.
 */
class UnfinishedRowsRefreshTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private SqliteSessionHistory history;
    private final DeferredTaskRunner tasks = new DeferredTaskRunner();
    private final ManualDelayer delayer = new ManualDelayer();
    private final List<HistoryEntry> updated = new ArrayList<>();
    private UnfinishedRowsRefresh refresh;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        refresh = new UnfinishedRowsRefresh(tasks, delayer, history,
                connection -> new RekognitionLivenessSessions(clients, standIn.connection(connection.region())),
                updated::add);
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    private String kept(int minutesAfter, String status) throws Exception {
        String id = UUID.randomUUID().toString();
        history.add(new CreatedSession(id, CREATED.plusSeconds(60L * minutesAfter), new SessionSettings("eu-west-1",
                Optional.empty(), "", 1, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty())), Optional.empty());
        if (!status.equals("CREATED")) {
            history.updateResult(id, new RekognitionLivenessSessions(clients, standIn.connection("eu-west-1"))
                    .results(answerAs(id, status)));
        }
        return id;
    }

    /** Scripts the stand-in to answer this status once, for setting up a row. */
    private String answerAs(String id, String status) {
        standIn.respondResults("{\"SessionId\":\"" + id + "\",\"Status\":\"" + status + "\""
                + (status.equals("SUCCEEDED") ? ",\"Confidence\":93.5" : "") + "}");
        return id;
    }

    private void endsAs(String id, String status, float confidence) {
        standIn.respondResultsFor(id, JSON.createObjectNode().put("SessionId", id).put("Status", status)
                .put("Confidence", confidence));
    }

    private String statusOf(String id) throws Exception {
        return history.list().stream().filter(e -> e.sessionId().equals(id)).findFirst().orElseThrow().lastStatus();
    }

    @Test
    void rowsLeftUnfinishedSayHowTheirSessionEnded() throws Exception {
        String left = kept(0, "IN_PROGRESS");
        String neverUsed = kept(1, "CREATED");
        String done = kept(2, "SUCCEEDED");
        standIn.reset();
        endsAs(left, "SUCCEEDED", 91.25f);
        endsAs(neverUsed, "EXPIRED", 0f);

        refresh.refresh();
        tasks.runAll();

        assertThat(statusOf(left)).isEqualTo("SUCCEEDED");
        assertThat(statusOf(neverUsed)).isEqualTo("EXPIRED");
        assertThat(updated).extracting(HistoryEntry::sessionId).containsExactlyInAnyOrder(left, neverUsed);
        assertThat(updated).filteredOn(e -> e.sessionId().equals(left))
                .singleElement().satisfies(e -> assertThat(e.confidence()).contains(91.25f));
        // A finished session is not asked again.
        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(2)
                .noneMatch(request -> request.rawBody().contains(done));
        assertThat(refresh.isRunning()).isFalse();
    }

    @Test
    void onlyTheNewestUnfinishedRowsAreAskedAboutEachTime() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < UnfinishedRowsRefresh.MOST_ROWS + 5; i++) {
            ids.add(kept(i, "CREATED"));
        }
        standIn.reset();
        ids.forEach(id -> endsAs(id, "EXPIRED", 0f));

        refresh.refresh();
        tasks.runAll();

        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(UnfinishedRowsRefresh.MOST_ROWS);
        List<String> newest = ids.subList(5, ids.size());
        assertThat(updated).extracting(HistoryEntry::sessionId).containsExactlyInAnyOrderElementsOf(newest);
        assertThat(statusOf(ids.get(0))).isEqualTo("CREATED");
    }

    @Test
    void aCallPastItsDeadlineIsGivenUpAndTheNextRowIsAsked() throws Exception {
        String slow = kept(1, "IN_PROGRESS");
        String next = kept(0, "IN_PROGRESS");
        standIn.reset();
        endsAs(slow, "SUCCEEDED", 80f);
        endsAs(next, "FAILED", 12f);

        refresh.refresh();
        tasks.runNext(); // reads the history: the newest row's call waits, its deadline is set
        assertThat(delayer.nextDelay()).isEqualTo(UnfinishedRowsRefresh.PER_CALL);
        delayer.elapseNext(); // the call did not answer in time
        tasks.runAll();

        assertThat(statusOf(slow)).isEqualTo("IN_PROGRESS");
        assertThat(statusOf(next)).isEqualTo("FAILED");
        assertThat(updated).extracting(HistoryEntry::sessionId).containsExactly(next);
    }

    @Test
    void aSecondShowingWhileAskingStartsNothingNew() throws Exception {
        kept(0, "IN_PROGRESS");
        standIn.reset();

        refresh.refresh();
        refresh.refresh();

        assertThat(tasks.pendingCount()).isEqualTo(1);
    }
}
