package dev.livenessdesk.ui.viewer;

import java.util.concurrent.TimeoutException;

/**
 * Starts the JavaFX toolkit once so images can be decoded in plain tests. It goes through TestFX, as the TestFX
 * classes of the same fork do: a toolkit started otherwise leaves their robot clicking beside the windows.
 */
final class FxToolkit {

    private FxToolkit() {
    }

    static void start() {
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }
}
