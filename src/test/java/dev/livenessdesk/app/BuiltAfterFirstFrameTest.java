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
        stage.setScene(new Scene(new VBox(new Label("form"), images, history), 300, 200));
        stage.show();
        BuiltAfterFirstFrame.afterFirstFrame(List.of(images, history));
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
    }
}
