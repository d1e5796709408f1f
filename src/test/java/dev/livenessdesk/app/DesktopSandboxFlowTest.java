package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The whole desktop app in the offline sandbox, as a newcomer meets it: the banner says nothing reaches AWS, a
 * session is created, the check is played, the result and its images appear, and the history keeps it.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopSandboxFlowTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-sandbox");
        desk.preferences().update(remembered -> remembered.withPassMark(90));
        desk.show(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aSessionGoesFromCreatedToAPassingResultWithItsImagesAndStaysInTheHistory(FxRobot robot)
            throws TimeoutException, java.io.IOException {
        assertThat(robot.lookup("#sandboxBanner").query().isVisible()).isTrue();

        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#prefixField").write("desk/");
        robot.interact(() -> robot.lookup("#auditSpinner").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(2));
        robot.clickOn("#createButton");
        FxWait.until(20, () -> !text(robot, "#resultPane #sessionIdField").isEmpty());
        String sessionId = text(robot, "#resultPane #sessionIdField");
        FxWait.until(20, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));

        robot.clickOn("#simulateLiveButton");
        FxWait.until(20, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        assertThat(((Labeled) robot.lookup("#verdictBadge").query()).getText())
                .startsWith("PASS").contains("pass mark of 90");
        assertThat(((Labeled) robot.lookup("#countdownLabel").query()).getText()).startsWith("Check started");

        // The tabs behind the Result tab take the new images and rows only when opened (bench/fx-stall).
        FxWait.until(20, () -> robot.lookup("#grid").tryQuery().isPresent());
        GridView<?> grid = robot.lookup("#grid").queryAs(GridView.class);
        TableView<?> hiddenHistory = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(grid.getItems()).isEmpty();
        assertThat(hiddenHistory.getItems()).isEmpty();
        // Their rows were made right after start-up, so opening them fills rows instead of making them.
        assertThat(robot.lookup("#historyTable .table-row-cell").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#sessionsList .session-cell").queryAll()).isNotEmpty();

        robot.clickOn("#imagesTab");
        FxWait.until(20, () -> grid.getItems().size() == 3);
        ListView<?> sessions = robot.lookup("#sessionsList").queryAs(ListView.class);
        FxWait.until(20, () -> sessions.getItems().stream().anyMatch(item -> item.toString().contains(sessionId)));

        robot.clickOn("#historyTab");
        FxWait.until(20, () -> robot.lookup("#historyTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#historyTable").queryAs(TableView.class);
        FxWait.until(20, () -> table.getItems().stream().anyMatch(row -> row instanceof HistoryEntry entry
                && entry.sessionId().equals(sessionId) && "SUCCEEDED".equals(entry.lastStatus())));
        assertThat(desk.history().list()).extracting(HistoryEntry::sessionId).contains(sessionId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegionChosenInTheFormIsTheOneConnectionsRegion(FxRobot robot) throws TimeoutException {
        FxWait.until(20, () -> ((Labeled) robot.lookup("#connectionBar #identityLabel").query()).getText()
                .startsWith("us-east-1"));
        assertThat(robot.lookup("#connectionBar #regionBox").tryQuery()).as("one place to choose").isEmpty();
        ComboBox<String> formRegion = robot.lookup("#regionBox").queryAs(ComboBox.class);

        robot.interact(() -> formRegion.setValue("eu-west-1"));

        FxWait.until(20, () -> ((Labeled) robot.lookup("#connectionLabel").query()).getText().contains("eu-west-1"));
        FxWait.until(20, () -> ((Labeled) robot.lookup("#connectionBar #identityLabel").query()).getText()
                .startsWith("eu-west-1 \u00b7 account sandbox"));
    }

    private static String text(FxRobot robot, String query) {
        return ((TextInputControl) robot.lookup(query).query()).getText();
    }
}
