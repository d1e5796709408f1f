package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Play the check strip on the Result tab: a play that ends the session leaves its buttons disabled (nothing
 * more can be played on it) and the keyboard focus in the strip, not on Look up or the Pass mark.
 */
@ExtendWith(ApplicationExtension.class)
class PlayStripFocusTest {

    private SandboxDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        desk = new SandboxDesk("play-strip-focus");
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aPlayThatEndsTheSessionKeepsTheFocusInTheStripAndOffersNoMorePlays(FxRobot robot) throws Exception {
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#createButton");
        FxWait.until(20, () -> !robot.lookup("#simulateLiveButton").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#simulateLiveButton").query().requestFocus());

        robot.interact(() -> robot.lookup("#simulateLiveButton").queryButton().fire());
        FxWait.until(20, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        WaitForAsyncUtils.waitForFxEvents();

        for (String play : List.of("#simulateStartedButton", "#simulateLiveButton", "#simulateSpoofButton",
                "#simulatePoorConditionsButton")) {
            assertThat(robot.lookup(play).queryButton().isDisabled()).as("%s on a finished session", play).isTrue();
        }
        Node focused = stage.getScene().getFocusOwner();
        Node strip = robot.lookup("#simulationBar").tryQuery().orElse(robot.lookup("#simulateLiveButton").query()
                .getParent().getParent());
        assertThat(isInside(focused, strip)).as("focus after the play: %s", focused).isTrue();
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
