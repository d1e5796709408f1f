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
 * first frame in which a text field is on screen and takes typing (shown, laid out, enabled, editable), so a click
 * there and the keys that follow land. bench/startup times the "first useful paint" with it beside the first
 * window; nothing is said in a normal run.
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
            if (stage.isShowing() && scene.getRoot().lookupAll(".text-input").stream()
                    .anyMatch(ReadyForTyping::readyForTyping)) {
                scene.removePostLayoutPulseListener(check[0]);
                System.err.println(line(Instant.now(), ProcessHandle.current().info().startInstant()));
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    static boolean readyForTyping(Node node) {
        return node instanceof TextInputControl field && field.isEditable() && !field.isDisabled()
                && field.getScene() != null && field.getWidth() > 0 && shown(field);
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String line(Instant ready, Optional<Instant> processStart) {
        String since = processStart.map(start -> String.format(Locale.ROOT, " (%d ms after the process started)",
                Duration.between(start, ready).toMillis())).orElse("");
        return "startup: ready for typing at epoch-ms " + ready.toEpochMilli() + since;
    }
}
