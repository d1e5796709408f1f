package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.checkpage.TestPages;
import dev.livenessdesk.testsupport.FxWait;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run the check here on a computer where no browser can be started (Linux without a working xdg-open): the desk
 * says so in plain words instead of "open in your browser", and shows the page's full address with Copy.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopNoBrowserTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-no-browser").checkPages(TestPages.tinyPage()).browser(page -> {
            throw new IOException("No browser could be started (xdg-open: ended with code 3). Open the address"
                    + " below in a browser on this computer, or set LIVENESS_DESK_BROWSER to a browser command.");
        });
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void theDeskSaysNoBrowserStartedAndShowsTheFullAddressToCopy(FxRobot robot) throws Exception {
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#createButton");
        FxWait.until(20, () -> !robot.lookup("#runCheckStripButton").queryButton().isDisabled());
        robot.clickOn("#runCheckStripButton");

        FxWait.until(20, () -> ((Labeled) robot.lookup("#checkMessage").query()).getText()
                .startsWith("No browser could be started"));
        String address = robot.lookup("#checkPageAddress").queryTextInputControl().getText();
        assertThat(address).matches("http://127\\.0\\.0\\.1:\\d+/.+/");
        assertThat(robot.lookup("#checkPageAddress").query().isVisible()).isTrue();
        robot.clickOn("#copyCheckPageAddress");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).isEqualTo(address);

        // After a play ends the session, the words still read whole (they were cut to "Open the addres...").
        robot.interact(() -> robot.lookup("#simulateLiveButton").queryButton().fire());
        FxWait.until(20, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#checkMessage").lookup(".text").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText)
                .allSatisfy(shown -> assertThat(shown).doesNotEndWith("\u2026").doesNotEndWith("..."));
    }
}
