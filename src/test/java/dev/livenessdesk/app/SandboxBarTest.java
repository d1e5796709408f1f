package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
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
 * The sandbox's connection bar as a new user meets it: Check setup is not greyed out without a reason, and Check
 * again says what it did, in the sandbox's own words.
 */
@ExtendWith(ApplicationExtension.class)
class SandboxBarTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("sandbox-bar");
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void checkSetupSaysWhyThereIsNothingToCheckInTheSandbox(FxRobot robot) throws Exception {
        Button checkSetup = robot.lookup("#checkSetupButton").queryButton();
        assertThat(checkSetup.isDisabled()).as("greyed out, it could not say why").isFalse();
        assertThat(checkSetup.getTooltip().getText()).startsWith("The offline sandbox has no setup to check");

        robot.clickOn(checkSetup);
        waitUntil(() -> robot.lookup("#checkSetupSandboxNote").tryQuery().filter(node -> node.isVisible())
                .isPresent());
        assertThat(robot.lookup("#checkSetupSandboxNote").queryAs(Labeled.class).getText())
                .contains("The offline sandbox has none of these to check").contains("Use AWS");
    }

    @Test
    void checkAgainSaysWhenItAskedAndThatTheSandboxAnswers(FxRobot robot) throws Exception {
        Button recheck = robot.lookup("#recheckButton").queryButton();
        assertThat(recheck.getTooltip().getText()).doesNotContain("Ask AWS").contains("sandbox");
        assertThat(robot.lookup("#recheckNote").tryQuery()).as("nothing said before the press").isEmpty();

        robot.clickOn(recheck);

        waitUntil(() -> robot.lookup("#recheckNote").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        Labeled note = robot.lookup("#recheckNote").queryAs(Labeled.class);
        assertThat(note.getScene().getWindow().isShowing()).isTrue();
        assertThat(note.getText()).matches("Checked again at \\d\\d:\\d\\d(:\\d\\d)?: the sandbox answers for itself\\.");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
