package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * The history as the app places it: in a tab behind another. Its rows are made while it is hidden, so opening the
 * tab fills rows instead of making them (bench/fx-stall), and the stand-in row used for that is never shown.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryPaneInHiddenTabTest {

    private static final String FIRST = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String SECOND = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";

    private FxTaskRunner tasks;
    private TabPane tabs;

    @Start
    void start(Stage stage) throws Exception {
        tasks = new FxTaskRunner(1);
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        history.add(session(FIRST, Instant.parse("2025-03-01T10:15:30Z")), Optional.of("qa"));
        history.add(session(SECOND, Instant.parse("2025-03-01T10:16:30Z")), Optional.empty());
        HistoryViewModel viewModel = new HistoryViewModel(tasks, history, new ScriptedHistoryDialogs(),
                ZoneOffset.UTC, Clock.systemUTC());
        Tab result = new Tab("Result", new Label("the result in sight"));
        Tab historyTab = new Tab("History");
        historyTab.setId("historyTab");
        tabs = new TabPane(result, historyTab);
        stage.setScene(new Scene(tabs, 1100, 500));
        stage.show();
        // Built after the window shows, behind the selected tab, as DesktopWindow does.
        historyTab.setContent(new HistoryPaneView(viewModel, historyTab.selectedProperty()).load());
    }

    @Stop
    void stop() {
        tasks.close();
    }

    @Test
    void theHiddenHistoryHasItsRowsMadeAndShowsItsEntriesInThemWhenOpened(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell").queryAll().size() > 2);
        List<Node> rowsMadeHidden = List.copyOf(robot.lookup(".table-row-cell").queryAll());
        assertThat(table.getItems()).as("entries wait for the tab to open").isEmpty();

        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(entry -> ((HistoryEntry) entry).sessionId())
                .containsExactlyInAnyOrder(FIRST, SECOND);
        assertThat(robot.lookup(FIRST).tryQuery()).isPresent();
        assertThat(robot.lookup(".table-row-cell").queryAll())
                .as("the rows made while hidden are the ones shown").allMatch(rowsMadeHidden::contains);
    }

    private static CreatedSession session(String id, Instant at) {
        return new CreatedSession(id, at, new SessionSettings("eu-west-1", Optional.of("liveness-out"), "checks/", 1,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
