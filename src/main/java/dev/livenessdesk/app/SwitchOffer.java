package dev.livenessdesk.app;

import dev.livenessdesk.ui.connection.AlertSwitchConfirmation;
import dev.livenessdesk.ui.connection.BackendSwitch;
import dev.livenessdesk.ui.connection.SwitchConfirmation;
import java.util.function.Function;
import javafx.stage.Stage;

/**
 * What a window offers in its bar to move to the other backend, and who answers "drop the work in hand?" (a
 * dialog over the window in the app, a scripted answer in tests).
 */
public record SwitchOffer(BackendSwitch backendSwitch, Function<Stage, SwitchConfirmation> confirmation) {

    /** No switch offered: one window on one backend (tests and benchmarks). */
    public static final SwitchOffer NONE = new SwitchOffer(BackendSwitch.NONE, AlertSwitchConfirmation::new);
}
