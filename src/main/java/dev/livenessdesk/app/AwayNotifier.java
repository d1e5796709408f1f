package dev.livenessdesk.app;

import dev.livenessdesk.ui.common.Notifier;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Toasts only for someone looking elsewhere: while the window has focus, the card under the form already says
 * "Session created" with its countdown, and a toast on top of the window would cover what it announces.
 */
final class AwayNotifier implements Notifier {

    private final Notifier toasts;
    private final BooleanSupplier windowFocused;

    AwayNotifier(Notifier toasts, BooleanSupplier windowFocused) {
        this.toasts = Objects.requireNonNull(toasts);
        this.windowFocused = Objects.requireNonNull(windowFocused);
    }

    @Override
    public void success(String title, String text) {
        if (!windowFocused.getAsBoolean()) {
            toasts.success(title, text);
        }
    }

    @Override
    public void failure(String title, String text) {
        if (!windowFocused.getAsBoolean()) {
            toasts.failure(title, text);
        }
    }
}
