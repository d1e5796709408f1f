package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.testsupport.FxWait;
import java.time.Clock;
import java.util.Optional;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Activity tab in the sandbox, as a support person given only "about 14:05, failed three times" uses it: the
 * last 24 hours, the customer's IP, the failed ones; the three sessions with their reasons; one opened, its story
 * read, and the text for AWS Support copied.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopActivityTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-activity");
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aboutFourteenOFiveFailedThreeTimesFindsTheThreeSessionsAndCopiesTheStoryForAwsSupport(FxRobot robot)
            throws Exception {
        robot.clickOn("#activityTab");
        FxWait.until(30, () -> robot.lookup("#findButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#windowChoice").queryAs(ComboBox.class).getSelectionModel().select(2));
        robot.clickOn("#ipField").write("198.51.100.23");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> outcome = robot.lookup("#outcomeChoice").queryAs(ComboBox.class);
            outcome.getSelectionModel().select(outcome.getItems().stream()
                    .filter(item -> item != null && item.toString().equals("FAILED")).findFirst().orElseThrow());
        });
        robot.clickOn("#findButton");

        @SuppressWarnings("unchecked")
        TableView<ActivitySession> table = robot.lookup("#table").queryAs(TableView.class);
        // The end of the read: Find enabled again and the progress line's last words (a partial redraw also
        // shows rows, and this thread may look between the two).
        FxWait.until(30, () -> !robot.lookup("#findButton").query().isDisabled() && table.getItems().size() == 3
                && text(robot, "#progressLabel").contains("3 sessions"));
        assertThat(table.getItems()).extracting(s -> s.reason().get().title()).containsExactly(
                "The session id was unknown, used or expired", "The request or the video could not be used",
                "The request or the video could not be used");
        assertThat(text(robot, "#figuresLabel")).contains("3 sessions", "3 failed");
        assertThat(text(robot, "#reasonsLabel")).contains("The request or the video could not be used: 2");
        FxWait.until(30, () -> cellTexts(robot).contains("checkout-backend"));
        assertThat(cellTexts(robot)).anyMatch(cell -> cell.endsWith("198.51.100.23"));

        String newest = table.getItems().get(0).id().orElseThrow();
        // The row showing the first item, once it is laid out in sight (a table also keeps row cells it does not
        // show, and lays rows out a pulse after their cells are filled).
        FxWait.until(30, () -> firstRowInSight(robot).isPresent());
        Node firstRow = firstRowInSight(robot).orElseThrow();
        robot.doubleClickOn(firstRow, MouseButton.PRIMARY);
        FxWait.until(30, () -> text(robot, "#timelineStatus").startsWith("2 events of this session"));
        assertThat(text(robot, "#timelineTitle")).isEqualTo("Timeline of " + newest);
        assertThat(text(robot, "#verdictLabel")).startsWith("Failed: The session id was unknown, used or expired:")
                .contains("SessionNotFoundException");
        List<String> events = robot.lookup("#eventBox .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).contains("Create by arn:aws:sts::123456789012:assumed-role/checkout-backend");
        assertThat(events.get(1)).contains("Start by", "from 198.51.100.23 (Safari 16 on iOS 16");
        assertThat(robot.lookup("#summaryBox").query().isVisible()).as("the summary folds away").isFalse();

        // What Copy for AWS Support puts on the clipboard is TimelineViewModelTest's (Monocle has no clipboard).
        assertThat(robot.lookup("#copyButton").query().isDisabled()).isFalse();
    }

    @Test
    void aSessionsStoryLeadsToItsErasureInTheBucketItsCreateNamed(FxRobot robot) throws Exception {
        TrailEvents trail = desk.backend().trailEvents(ConnectionSettings.of(null, "eu-west-1"), TrailEventCache.NONE)
                .orElseThrow();
        ActivitySession session = new ActivityFinder(trail, Clock.systemUTC()).find(ActivityWindow.last("24h",
                        Clock.systemUTC()).window().orElseThrow(), new ActivityFilter("", "", Optional.empty()), 50,
                r -> { }).sessions().stream().filter(s -> s.bucket().isPresent() && s.id().isPresent())
                .findFirst().orElseThrow();
        String id = session.id().get();
        robot.clickOn("#activityTab");
        FxWait.until(30, () -> robot.lookup("#openField").tryQuery().isPresent());
        assertThat(robot.lookup("#eraseTimelineButton").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        robot.clickOn("#openField").write(id);
        robot.clickOn("#openButton");
        FxWait.until(30, () -> text(robot, "#timelineStatus").contains("events of this session"));

        robot.clickOn("#eraseTimelineButton");
        FxWait.until(30, () -> robot.lookup("#erasureSummary").tryQuery()
                .map(node -> !((Label) node).getText().isEmpty()).orElse(false));
        assertThat(text(robot, "#erasureSummary")).contains("s3://" + session.bucket().get() + "/"
                + session.prefix().orElse(""));
        robot.interact(() -> robot.lookup("#erasureDialog").query().getScene().getWindow().hide());
    }

    @Test
    void aWindowThatCannotBeReadIsSaidNextToTheFieldsAndAPastedIdIsChecked(FxRobot robot) throws TimeoutException {
        robot.clickOn("#activityTab");
        FxWait.until(30, () -> robot.lookup("#findButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#windowChoice").queryAs(ComboBox.class).getSelectionModel().select(4));
        robot.interact(() -> robot.lookup("#fromField").queryAs(javafx.scene.control.TextField.class)
                .setText("2999-01-01 10:00"));
        robot.clickOn("#findButton");
        FxWait.until(30, () -> robot.lookup("#windowProblem").query().isVisible());
        assertThat(text(robot, "#windowProblem")).contains("after now");

        robot.clickOn("#openField").write("not an id");
        robot.clickOn("#openButton");
        FxWait.until(30, () -> robot.lookup("#timelinePane").query().isVisible());
        assertThat(robot.lookup("#timelineError").query().isVisible()).isTrue();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup("#table .table-cell").queryAll().stream()
                .filter(node -> node instanceof Labeled labeled && labeled.getText() != null)
                .map(node -> ((Labeled) node).getText()).toList();
    }

    private static java.util.Optional<Node> firstRowInSight(FxRobot robot) {
        return robot.lookup("#table .table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == 0
                        && !row.isEmpty() && row.isVisible())
                .filter(node -> {
                    javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
                    return bounds.getHeight() > 0 && bounds.getMinY() >= 0
                            && bounds.getMaxY() <= node.getScene().getHeight();
                })
                .findFirst();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
