package dev.livenessdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real waits between polls: they run on the FX thread, and a cancelled one never runs. */
@ExtendWith(ApplicationExtension.class)
class FxDelayerTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void aScheduledActionRunsOnTheFxThreadAndACancelledOneNever(FxRobot robot) throws Exception {
        FxDelayer delayer = new FxDelayer();
        List<String> ran = new CopyOnWriteArrayList<>();

        robot.interact(() -> {
            TaskHandle cancelled = delayer.schedule(Duration.ofMillis(1), () -> ran.add("cancelled"));
            delayer.schedule(Duration.ofMillis(60), () -> ran.add(Platform.isFxApplicationThread() ? "fx" : "other"));
            cancelled.cancel();
            assertThat(cancelled.isDone()).isTrue();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ran.isEmpty());

        assertThat(ran).containsExactly("fx");
    }
}
