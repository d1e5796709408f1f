package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import java.net.URI;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks with a warning dialog; "Keep it off" is the default, so Enter does not send anything unencrypted. */
public final class AlertEndpointConfirmation implements EndpointConfirmation {

    private final Window owner;
    private final Words words = ConnectionBarViewModel.WORDS;

    /** @param owner the main window, so the dialog stays on top of it; may be null */
    public AlertEndpointConfirmation(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmPlainHttp(URI endpoint, String warning) {
        ButtonType accept = new ButtonType(words.get("endpoint.confirm.accept"), ButtonBar.ButtonData.OTHER);
        ButtonType decline = new ButtonType(words.get("endpoint.confirm.decline"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, warning, decline, accept);
        alert.initOwner(owner);
        alert.setTitle(words.get("endpoint.confirm.title"));
        alert.setHeaderText(words.get("endpoint.confirm.header") + " " + endpoint);
        return alert.showAndWait().filter(accept::equals).isPresent();
    }
}
