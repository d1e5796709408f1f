package dev.livenessdesk.testsupport;

import javafx.application.Application;
import javafx.application.Platform;

/**
 * For the *Shot programs that show one window for a screenshot under Xvfb: given {@code --exit-after-shot}, the
 * program ends by itself 8 s after the window shows, time enough for the capture, so a script need not kill it.
 */
public final class ShotExit {

    private ShotExit() {
    }

    public static void ifAsked(Application.Parameters parameters) {
        if (!parameters.getRaw().contains("--exit-after-shot")) {
            return;
        }
        new Thread(() -> {
            try {
                Thread.sleep(8000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Platform.exit();
        }).start();
    }
}
