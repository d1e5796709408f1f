package dev.livenessdesk.ui.common;

import java.time.Duration;

/**
 * Runs an action later on the FX thread without blocking it: how view models wait between polls. Tests use a
 * manual one that runs the waiting actions when told, so backoff is tested without sleeping.
 */
@FunctionalInterface
public interface Delayer {

    /** Runs the action once after the delay, on the FX thread; cancelling the handle stops it from running. */
    TaskHandle schedule(Duration delay, Runnable action);
}
