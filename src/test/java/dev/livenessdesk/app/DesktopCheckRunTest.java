package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.checkpage.TestPages;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
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
 * Run the check here, in the whole desktop app on the sandbox: the button next to the created session's id opens
 * the browser on the desk's page, the page plays a live person, and the desk shows the verdict and the words.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCheckRunTest {

    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-check").checkPages(TestPages.tinyPage())
                .browser(SandboxDesk.playingALivePerson(opened));
        desk.show(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    /** One window per class: the connection bar's identity check outlives a closed task runner between tests. */
    @Test
    void theHandOffShowsTheLinkAndTheButtonBesideTheIdRunsTheCheckAndTheDeskShowsWhatCameBack(FxRobot robot)
            throws Exception {
        assertThat(robot.lookup("#runCheckButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#runCheckButton").queryButton().isDisabled());
        assertThat(robot.lookup("#runCheckStripButton").queryButton().isDisabled()).isFalse();

        robot.interact(() -> robot.lookup("#handOffPane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        robot.clickOn("#handOffTemplate").write("https://liveness.example.com/check?sessionId={sessionId}");
        String id = robot.lookup("#resultPane #sessionIdField").queryTextInputControl().getText();
        waitUntil(() -> robot.lookup("#handOffLink").queryTextInputControl().getText()
                .equals("https://liveness.example.com/check?sessionId=" + id));
        assertThat(robot.lookup("#handOffQr").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        assertThat(((Labeled) robot.lookup("#handOffCountdown").query()).getText()).endsWith("left to start");
        assertThat(opened).isEmpty();

        // The form folded once the session was created: the Result tab's strip runs the check.
        robot.clickOn("#runCheckStripButton");

        waitUntil(() -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        waitUntil(() -> ((Labeled) robot.lookup("#checkMessage").query()).getText().startsWith("The check ended"));
        assertThat(opened).singleElement().satisfies(page -> assertThat(page.getHost()).isEqualTo("127.0.0.1"));
        assertThat(((Labeled) robot.lookup("#checkMessage").query()).getText())
                .isEqualTo("The check ended: its result is read now and shown on the Result tab.");
        // The session was used: no button offers to run its check again.
        waitUntil(() -> robot.lookup("#runCheckButton").queryButton().isDisabled());
        assertThat(robot.lookup("#runCheckStripButton").queryButton().isDisabled()).isTrue();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
