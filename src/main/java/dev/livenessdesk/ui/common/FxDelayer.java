package dev.livenessdesk.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** Waits with a {@link PauseTransition}: no thread is held, and the action runs on the FX thread. */
public final class FxDelayer implements Delayer {

    /** Call on the FX thread, as every view model callback is. */
    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        boolean[] state = new boolean[2]; // [0] cancelled, [1] done
        pause.setOnFinished(event -> {
            state[1] = true;
            if (!state[0]) {
                action.run();
            }
        });
        pause.play();
        return new TaskHandle() {
            @Override
            public void cancel() {
                state[0] = true;
                pause.stop();
            }

            @Override
            public boolean isDone() {
                return state[0] || state[1];
            }
        };
    }
}
