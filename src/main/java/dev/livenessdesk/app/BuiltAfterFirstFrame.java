package dev.livenessdesk.app;

import dev.livenessdesk.ui.common.WholeWords;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A screen that is not shown at start (a tab behind another), built once the window has drawn its first frame:
 * start-up shows the window before it loads screens nobody sees yet (bench/startup). One screen is built per
 * frame, so the window stays responsive while they are made.
 */
final class BuiltAfterFirstFrame extends StackPane {

    private Supplier<? extends Node> build;

    BuiltAfterFirstFrame(Supplier<? extends Node> build) {
        this.build = build;
    }

    /** Builds the screen now if it is not built yet. */
    void buildNow() {
        if (build != null) {
            Supplier<? extends Node> pending = build;
            build = null;
            Node built = pending.get();
            // Screens built in code too: their buttons and one-line labels stay whole, the tab scrolls instead.
            WholeWords.keep(built);
            getChildren().setAll(built);
        }
    }

    /**
     * Never builds the screen: its window is gone (a switch between sandbox and AWS, a test's end) and so is the
     * task runner the screen would start its first job on.
     */
    void discard() {
        build = null;
    }

    boolean isBuilt() {
        return build == null;
    }

    /** Builds the given screens one frame after another, starting after the window's first frame. */
    static void afterFirstFrame(List<BuiltAfterFirstFrame> screens) {
        new AnimationTimer() {
            private int frame;

            @Override
            public void handle(long now) {
                // Frame 0 is the one that draws the window; each later frame builds one screen.
                int next = frame++ - 1;
                if (next >= 0 && next < screens.size()) {
                    screens.get(next).buildNow();
                }
                if (next >= screens.size() - 1) {
                    stop();
                }
            }
        }.start();
    }
}
