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
 * The Result tab's strip once the form has folded after Create, in the sandbox: the 3 minutes to start show beside
 * Run the check here (not only in the folded hand-off), and a page served for a session that then ends from the
 * sandbox's Play the check strip stops being served, with words that say so.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCheckStripTest {

    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        // A browser that opens the page and leaves it alone: the person does not play it.
        desk = new SandboxDesk("desktop-check-strip").checkPages(TestPages.tinyPage()).browser(opened::add);
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    private static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void theCountdownShowsBesideTheCheckAndAPageForASessionEndedElsewhereIsNoLongerServed(FxRobot robot)
            throws Exception {
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#runCheckStripButton").queryButton().isDisabled());
        assertThat(robot.lookup("#formScroll").query().isVisible()).as("the form, folded after Create").isFalse();
        Labeled countdown = robot.lookup("#checkCountdown").queryAs(Labeled.class);
        assertThat(shown(countdown)).as("the countdown beside Run the check here").isTrue();
        assertThat(countdown.getText()).endsWith("left to start");
        assertThat(robot.lookup("#handOffPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded())
                .as("the hand-off stays folded").isFalse();

        robot.clickOn("#runCheckStripButton");
        waitUntil(() -> !opened.isEmpty() && robot.lookup("#stopCheckButton").query().isVisible());
        URI page = opened.get(0);
        assertThat(robot.lookup("#checkPageAddress").queryTextInputControl().getText()).isEqualTo(page.toString());

        // The session ends from the sandbox's own strip, not from the page.
        robot.clickOn("#simulateLiveButton");
        waitUntil(() -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        waitUntil(() -> !robot.lookup("#stopCheckButton").query().isVisible());

        assertThat(((Labeled) robot.lookup("#checkMessage").query()).getText())
                .isEqualTo("The session ended (SUCCEEDED) without this page: the page is no longer served.");
        assertThat(robot.lookup("#checkPageAddress").queryTextInputControl().getText()).isEmpty();
        assertThat(shown(countdown)).as("no countdown for a finished session").isFalse();
        assertThat(servedStill(page)).as("the page at " + page + " after the session ended").isFalse();
    }

    /** Whether anything still answers the page's address with the page. */
    private static boolean servedStill(URI page) {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(2)).build()
                    .send(java.net.http.HttpRequest.newBuilder(page).timeout(java.time.Duration.ofSeconds(2))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
