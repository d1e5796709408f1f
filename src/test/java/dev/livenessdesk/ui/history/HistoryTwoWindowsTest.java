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
import java.nio.file.Path;
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
 * Two windows on one data folder, each with its own connection to the real SQLite file: a session the other window
 * creates appears in this window's History tab the next time the tab is shown, without reopening anything.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryTwoWindowsTest {

    private static final String MINE = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String THEIRS = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";

    private FxTaskRunner tasks;
    private LocalDatabase thisWindow;
    private LocalDatabase otherWindow;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("two-windows");
        thisWindow = LocalDatabase.open(folder, Clock.systemUTC());
        otherWindow = LocalDatabase.open(folder, Clock.systemUTC());
        SqliteSessionHistory history = new SqliteSessionHistory(thisWindow, Clock.systemUTC());
        history.add(session(MINE, Instant.parse("2025-03-01T10:15:30Z")), Optional.of("qa"));
        tasks = new FxTaskRunner(1);
        HistoryViewModel viewModel = new HistoryViewModel(tasks, history, new ScriptedHistoryDialogs(),
                ZoneOffset.UTC, Clock.systemUTC());
        Tab result = new Tab("Result", new Label("the result in sight"));
        Tab historyTab = new Tab("History");
        TabPane tabs = new TabPane(result, historyTab);
        stage.setScene(new Scene(tabs, 1100, 500));
        stage.show();
        historyTab.setContent(new HistoryPaneView(viewModel, historyTab.selectedProperty()).load());
    }

    @Stop
    void stop() {
        tasks.close();
        thisWindow.close();
        otherWindow.close();
    }

    @Test
    void aSessionTheOtherWindowCreatedIsListedWhenTheTabIsShownAgain(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("Result");

        new SqliteSessionHistory(otherWindow, Clock.systemUTC())
                .add(session(THEIRS, Instant.parse("2025-03-01T10:16:30Z")), Optional.empty());
        robot.clickOn("History");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(entry -> ((HistoryEntry) entry).sessionId())
                .containsExactly(THEIRS, MINE);
        assertThat(robot.lookup(THEIRS).tryQuery()).as("drawn in a row").isPresent();
    }

    private static CreatedSession session(String id, Instant at) {
        return new CreatedSession(id, at, new SessionSettings("eu-west-1", Optional.of("liveness-out"), "checks/", 1,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
