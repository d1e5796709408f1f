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
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A session left IN_PROGRESS when the user moved on: opening the History tab again asks the service in the
 * background, and the row says SUCCEEDED in place, still selected.
 */
@ExtendWith(ApplicationExtension.class)
class UnfinishedRowsInTableTest {

    private static final String LEFT = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String DONE = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FxTaskRunner tasks;
    private RekognitionStandIn standIn;
    private AwsClients clients;

    @Start
    void start(Stage stage) throws Exception {
        tasks = new FxTaskRunner(2);
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        history.add(session(LEFT, Instant.parse("2025-03-01T10:15:30Z")), Optional.of("qa"));
        history.add(session(DONE, Instant.parse("2025-03-01T10:16:30Z")), Optional.empty());
        RekognitionLivenessSessions sessions = new RekognitionLivenessSessions(clients, standIn.connection("eu-west-1"));
        standIn.respondResults("{\"SessionId\":\"" + LEFT + "\",\"Status\":\"IN_PROGRESS\"}");
        history.updateResult(LEFT, sessions.results(LEFT));
        standIn.respondResults("{\"SessionId\":\"" + DONE + "\",\"Status\":\"FAILED\",\"Confidence\":3.5}");
        history.updateResult(DONE, sessions.results(DONE));
        standIn.reset();
        // While the user first looks, the check is still running.
        standIn.respondResultsFor(LEFT, JSON.createObjectNode().put("SessionId", LEFT).put("Status", "IN_PROGRESS"));

        HistoryViewModel viewModel = new HistoryViewModel(tasks, history, new ScriptedHistoryDialogs(),
                ZoneOffset.UTC, Clock.systemUTC());
        Tab result = new Tab("Result", new Label("the result in sight"));
        Tab historyTab = new Tab("History");
        historyTab.setId("historyTab");
        TabPane tabs = new TabPane(result, historyTab);
        stage.setScene(new Scene(tabs, 1300, 500));
        stage.show();
        historyTab.setContent(new HistoryPaneView(viewModel, historyTab.selectedProperty()).load());
        // As DesktopWindow wires it.
        new UnfinishedRowsRefresh(tasks, new FxDelayer(), history,
                connection -> new RekognitionLivenessSessions(clients, standIn.connection(connection.region())),
                viewModel::upsert).whenShown(historyTab.selectedProperty());
    }

    @Stop
    void stop() {
        tasks.close();
        clients.close();
        standIn.close();
    }

    private static CreatedSession session(String id, Instant at) {
        return new CreatedSession(id, at, new SessionSettings("eu-west-1", Optional.empty(), "", 1,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowLeftInProgressSaysHowItEndedAndStaysSelected(FxRobot robot) throws Exception {
        TableView<HistoryEntry> table = robot.lookup("#historyTable").queryAs(TableView.class);
        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        // The first showing asks too: the check is still running.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> standIn.requests(RekognitionStandIn.GET_RESULTS).size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(LEFT);
        assertThat(table.getSelectionModel().getSelectedItem().lastStatus()).isEqualTo("IN_PROGRESS");
        robot.lookup("IN_PROGRESS").tryQuery().orElseThrow();

        standIn.respondResultsFor(LEFT, JSON.createObjectNode().put("SessionId", LEFT).put("Status", "SUCCEEDED")
                .put("Confidence", 97.5f));
        robot.clickOn("Result");
        robot.clickOn("History");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("SUCCEEDED").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(HistoryEntry::sessionId).containsExactly(DONE, LEFT);
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(HistoryEntry::sessionId)
                .containsExactly(LEFT);
        assertThat(table.getSelectionModel().getSelectedItem().lastStatus()).isEqualTo("SUCCEEDED");
        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS))
                .as("only the unfinished row is asked about").hasSize(2)
                .allMatch(request -> request.rawBody().contains(LEFT));
    }
}
