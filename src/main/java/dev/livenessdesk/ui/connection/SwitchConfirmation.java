package dev.livenessdesk.ui.connection;

/** Asks the user whether the switch may drop what is going on (a dialog in the app, an answer in tests). */
@FunctionalInterface
public interface SwitchConfirmation {

    /** Called on the FX thread; true when the user wants the switch anyway. */
    boolean confirmSwitch(String question, String consequence, String accept);
}
