package dev.livenessdesk.ui.check;

/** Asks the user whether the page may get their own temporary credentials (no check role is set up). */
@FunctionalInterface
public interface HandOverConfirmation {

    /** Never hands over: the user is only told what to set up. */
    HandOverConfirmation NEVER = (problem, warning) -> false;

    /** @return true only when the user explicitly chose to hand over the credentials */
    boolean confirm(String problem, String warning);
}
