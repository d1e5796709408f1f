package dev.livenessdesk.ui.viewer;

import javafx.application.Platform;

/** Starts the JavaFX toolkit once (headless Monocle under surefire) so images can be decoded in plain tests. */
final class FxToolkit {

    private FxToolkit() {
    }

    static void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test class of this fork started it: decoding works already.
        }
    }
}
