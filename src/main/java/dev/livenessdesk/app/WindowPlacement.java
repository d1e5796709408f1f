package dev.livenessdesk.app;

import dev.livenessdesk.settings.WindowBounds;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time, if that place is still on a screen; reads where it is now. */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Optional<WindowBounds> remembered) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        WindowBounds bounds = remembered.filter(WindowPlacement::onSomeScreen).orElse(null);
        if (bounds == null) {
            stage.setWidth(Math.min(DEFAULT_WIDTH, visible.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, visible.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** Puts a stage whose scene was just replaced back where it was (the switch between sandbox and AWS). */
    static void keep(Stage stage, WindowBounds bounds) {
        if (bounds.maximized()) {
            stage.setMaximized(true);
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
    }

    static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        // The title bar must be reachable, so a screen removed since the last run does not hide the window.
        return !Screen.getScreensForRectangle(bounds.x(), bounds.y(), Math.min(bounds.width(), 200), 40).isEmpty();
    }
}
