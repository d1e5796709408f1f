package dev.livenessdesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.CheckResult;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.testsupport.ScriptedSetupAnswers;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quiet setup check's window opens while the session's 3 minutes to start run: wherever the countdown sits in
 * the main window, the window does not cover it.
 */
@ExtendWith(ApplicationExtension.class)
class SetupWindowPlacementTest {

    private static final SetupTarget TARGET = new SetupTarget(ConnectionSettings.of("qa", "us-east-1"),
            Optional.of("liveness-out"), "qa/", Optional.empty());

    private Stage main;
    private Label countdown;
    private SetupWindow window;

    @Start
    void start(Stage stage) {
        main = stage;
        countdown = new Label("2:41 left to start");
        countdown.setId("checkCountdown");
        stage.setScene(new Scene(new Pane(countdown), 1180, 760));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        window = new SetupWindow(stage, new SetupChecklistViewModel(new SynchronousTaskRunner(),
                new SetupChecker(new ScriptedSetupAnswers()), text -> { }));
        window.keepClearOf(() -> List.of(countdown));
    }

    private static SetupRun failingRun() {
        return new SetupRun(TARGET, List.of(CheckResult.fail(CheckId.BUCKET, "The bucket is in us-west-2.",
                "Choose a bucket in us-east-1.")), Instant.now(), Duration.ofMillis(420));
    }

    private void countdownAt(FxRobot robot, double x, double y) {
        robot.interact(() -> countdown.relocate(x, y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Rectangle2D popup() {
        Window shown = Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                && w instanceof Stage s && "Check setup".equals(s.getTitle())).findFirst().orElseThrow();
        return new Rectangle2D(shown.getX(), shown.getY(), shown.getWidth(), shown.getHeight());
    }

    @Test
    void theWindowLeavesTheCountdownInSightWhereverItIs(FxRobot robot) {
        // Where the Result tab's strip puts it once the form has folded, and at the right, under the window's
        // first place.
        for (double[] at : new double[][] {{60, 130}, {700, 150}, {900, 110}}) {
            countdownAt(robot, at[0], at[1]);
            robot.interact(() -> window.showFailures(failingRun()));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds clock = countdown.localToScreen(countdown.getLayoutBounds());
            Rectangle2D over = popup();
            assertThat(over.intersects(clock.getMinX(), clock.getMinY(), clock.getWidth(), clock.getHeight()))
                    .as("the setup window at %s covers the countdown at %s", over, clock).isFalse();
            assertThat(robot.lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText).filter(text -> text != null && text.startsWith("Before the first session")))
                    .as("words from before the session existed").isEmpty();
        }
    }
}
