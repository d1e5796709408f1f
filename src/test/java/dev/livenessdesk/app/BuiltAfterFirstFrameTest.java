package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BuiltAfterFirstFrameTest {

    private final AtomicInteger built = new AtomicInteger();
    private BuiltAfterFirstFrame images;
    private BuiltAfterFirstFrame history;
    private BuiltAfterFirstFrame campaign;
    private final AtomicInteger campaignBuilt = new AtomicInteger();

    @Start
    void start(Stage stage) {
        images = new BuiltAfterFirstFrame(() -> {
            built.incrementAndGet();
            return new Label("images");
        });
        history = new BuiltAfterFirstFrame(() -> {
            built.incrementAndGet();
            return new Label("history");
        });
        campaign = new BuiltAfterFirstFrame(() -> {
            campaignBuilt.incrementAndGet();
            return new Label("campaign");
        });
        stage.setScene(new Scene(new VBox(new Label("form"), images, history, campaign), 300, 200));
        stage.show();
        BuiltAfterFirstFrame.afterFirstFrame(List.of(images, history, campaign));
        // The window is gone before its hidden screens were built (a switch to the other backend, a test's end).
        campaign.discard();
        // Nothing hidden is built while the window is still being shown.
        assertThat(built.get()).isZero();
    }

    @Test
    void theHiddenScreensAreBuiltOnceEachAfterTheWindowHasDrawn(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> images.isBuilt() && history.isBuilt());

        assertThat(robot.lookup("images").tryQuery()).isPresent();
        assertThat(robot.lookup("history").tryQuery()).isPresent();
        robot.interact(images::buildNow);
        assertThat(built.get()).isEqualTo(2);
        // Its turn (the frame after history's) has long come by now.
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(campaignBuilt.get()).as("a discarded screen is never built").isZero();
        assertThat(robot.lookup("campaign").tryQuery()).isEmpty();
    }
}
