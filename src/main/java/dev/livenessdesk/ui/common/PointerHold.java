package dev.livenessdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Holds back layout changes while a mouse button is down in a scene. A field checked when it loses focus to a
 * pressed button shows or hides its message at once; that moves the button from under the pointer before the
 * release, and the click is lost (the user presses Create and nothing happens). Changes made during a press run
 * when the last button is released, after the click has been delivered.
 */
final class PointerHold {

    private static final Object KEY = PointerHold.class;

    private final List<Runnable> held = new ArrayList<>();
    private boolean down;

    private PointerHold(Scene scene) {
        // Filters see the press before the button does, so the hold is on when the button takes the focus; and
        // the release even when the button consumes it. The held changes run after the button has had its release.
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> down = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (!event.isPrimaryButtonDown() && !event.isSecondaryButtonDown() && !event.isMiddleButtonDown()) {
                down = false;
                Platform.runLater(this::runHeld);
            }
        });
    }

    /** Runs {@code change} now, or after the mouse release when a button is down in the node's scene. */
    static void whenReleased(Node node, Runnable change) {
        Scene scene = node.getScene();
        PointerHold hold = scene == null ? null : (PointerHold) scene.getProperties().get(KEY);
        if (hold == null || !hold.down) {
            change.run();
            return;
        }
        hold.held.add(change);
    }

    /** Starts watching the node's scene (now, or once it has one) for presses. */
    static void watch(Node node) {
        if (node.getScene() != null) {
            install(node.getScene());
        }
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                install(scene);
            }
        });
    }

    private static void install(Scene scene) {
        scene.getProperties().computeIfAbsent(KEY, key -> new PointerHold(scene));
    }

    private void runHeld() {
        List<Runnable> changes = List.copyOf(held);
        held.clear();
        changes.forEach(Runnable::run);
    }
}
