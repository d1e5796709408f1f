package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.results.ResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history's Feedback column after a reopen reads the check's feedback from the stand-in: short names in the
 * column, the raw codes and the client in the tooltip, the filter finding them, the export carrying them.
 */
class HistoryFeedbackColumnTest {

    private static final String LOW = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String LIVE = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
    private static final Instant CREATED = Instant.parse("2026-10-01T09:00:00Z");

    @TempDir
    Path folder;

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private ScriptedHistoryDialogs dialogs;
    private HistoryViewModel viewModel;

    @BeforeEach
    void start() throws Exception {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        history.add(session(LOW), Optional.of("qa"));
        history.add(session(LIVE), Optional.of("qa"));
        dialogs = new ScriptedHistoryDialogs();
        SynchronousTaskRunner tasks = new SynchronousTaskRunner();
        viewModel = new HistoryViewModel(tasks, history, dialogs, ZoneOffset.UTC, Clock.fixed(CREATED, ZoneOffset.UTC));
        // As the app wires it: a reopened entry is followed by the Result tab, whose answers come back here.
        ResultsViewModel results = new ResultsViewModel(tasks, new ManualDelayer(), history,
                connection -> new RekognitionLivenessSessions(clients, connection), connection -> {
                    throw new UnsupportedOperationException("no images in this test");
                });
        results.setOnHistoryChanged(viewModel::upsert);
        viewModel.setOnReopen(entry -> results.follow(standIn.connection(entry.region()), entry.sessionId()));
        viewModel.load();
        standIn.respondResults("""
                {"SessionId":"%s","Status":"SUCCEEDED","Confidence":41.5,
                 "Feedback":[{"Code":"LOW_LIGHTING_DETECTED","Message":"Low lighting."},
                             {"Code":"SCREEN_GLARE_DETECTED","Message":"Glare."}],
                 "Metadata":{"SDKType":"AmplifyUI-React"}}""".formatted(LOW));
        viewModel.reopen(entry(LOW));
        standIn.respondResults("{\"SessionId\":\"" + LIVE + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":97.0,"
                + "\"Feedback\":[],\"Metadata\":{\"SDKType\":\"AmplifyUI-Swift\"}}");
        viewModel.reopen(entry(LIVE));
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    private static CreatedSession session(String id) {
        return new CreatedSession(id, CREATED, new SessionSettings("us-east-1", Optional.of("liveness-out"), "qa/",
                2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private HistoryEntry entry(String id) {
        return viewModel.entries().stream().filter(e -> e.sessionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theColumnShowsShortNamesAndTheTooltipTheRawCodesAndTheClient() {
        HistoryEntry low = entry(LOW);

        assertThat(HistoryColumns.feedbackText(low)).isEqualTo("Low lighting, SCREEN_GLARE_DETECTED");
        assertThat(HistoryColumns.feedbackDetails(low)).isEqualTo("Codes: LOW_LIGHTING_DETECTED, "
                + "SCREEN_GLARE_DETECTED\nClient: AmplifyUI-React (reported by the client)");
        assertThat(HistoryColumns.feedbackText(entry(LIVE))).isEmpty();
        assertThat(HistoryColumns.feedbackDetails(entry(LIVE)))
                .isEqualTo("Client: AmplifyUI-Swift (reported by the client)");
    }

    @Test
    void theFilterFindsTheShortNameTheRawCodeAndTheClient() {
        for (String typed : List.of("lighting", "low_lighting_detected", "glare", "amplifyui-react")) {
            viewModel.filterProperty().set(typed);
            assertThat(viewModel.visibleEntries()).as(typed).extracting(HistoryEntry::sessionId).containsExactly(LOW);
        }
        viewModel.filterProperty().set("swift");
        assertThat(viewModel.visibleEntries()).extracting(HistoryEntry::sessionId).containsExactly(LIVE);
    }

    @Test
    void theExportCarriesTheCodesAndTheClient() throws Exception {
        viewModel.selection().setAll(entry(LOW));
        dialogs.exportTarget = folder.resolve("chosen.json");

        viewModel.exportSelected(HistoryExportFormat.JSON);

        JsonNode row = new ObjectMapper().readTree(Files.readString(dialogs.exportTarget)).get(0);
        assertThat(row.path("feedbackCodes").toString())
                .isEqualTo("[\"LOW_LIGHTING_DETECTED\",\"SCREEN_GLARE_DETECTED\"]");
        assertThat(row.path("clientSdk").asText()).isEqualTo("AmplifyUI-React");
    }
}
