package dev.livenessdesk.ui.common;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** ControlsFX toasts, owned by the main window so they appear over it (and close with it). Call on the FX thread. */
public final class ControlsFxNotifier implements Notifier {

    private static final Duration SHOWN_FOR = Duration.seconds(5);

    private final Supplier<Window> owner;

    public ControlsFxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void success(String title, String text) {
        create(title, text).showInformation();
    }

    @Override
    public void failure(String title, String text) {
        create(title, text).showError();
    }

    private Notifications create(String title, String text) {
        return Notifications.create().title(title).text(text).owner(owner.get())
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR);
    }
}
