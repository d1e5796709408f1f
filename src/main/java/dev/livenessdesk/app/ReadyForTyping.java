package dev.livenessdesk.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Says, when asked to ({@code -Dlivenessdesk.startupReport=true}), when the window was first ready for typing: the
 * first frame in which a text field has the keyboard and is on screen. bench/startup times the "first useful
 * paint" with it beside the first window; nothing is said in a normal run.
 */
final class ReadyForTyping {

    static final String PROPERTY = "livenessdesk.startupReport";

    private ReadyForTyping() {
    }

    /** Watches the stage's frames until one is ready for typing, then says so once on stderr. */
    static void reportWhenAsked(Stage stage) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Scene scene = stage.getScene();
        if (scene == null) {
            return;
        }
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (stage.isShowing() && readyForTyping(scene.getFocusOwner())) {
                scene.removePostLayoutPulseListener(check[0]);
                System.err.println(line(Instant.now(), ProcessHandle.current().info().startInstant()));
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    static boolean readyForTyping(Node focused) {
        return focused instanceof TextInputControl field && field.isEditable() && !field.isDisabled()
                && field.isVisible() && field.getScene() != null && field.getWidth() > 0;
    }

    static String line(Instant ready, Optional<Instant> processStart) {
        String since = processStart.map(start -> String.format(Locale.ROOT, " (%d ms after the process started)",
                Duration.between(start, ready).toMillis())).orElse("");
        return "startup: ready for typing at epoch-ms " + ready.toEpochMilli() + since;
    }
}
