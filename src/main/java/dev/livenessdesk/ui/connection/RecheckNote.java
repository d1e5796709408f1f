package dev.livenessdesk.ui.connection;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.PopOver;

/**
 * What "Check again" did, said in a pop-over pointing at the button: the bar's row has no room for another line.
 * It opens each time there is something new to say (only while the window shows) and closes when the note is
 * cleared or the user clicks elsewhere.
 */
final class RecheckNote {

    private RecheckNote() {
    }

    static void attach(Button recheckButton, ObservableStringValue note) {
        Label text = new Label();
        text.setId("recheckNote");
        text.setWrapText(true);
        text.setMaxWidth(360);
        text.setPadding(new Insets(8, 10, 8, 10));
        text.textProperty().bind(note);
        PopOver popup = new PopOver(text);
        popup.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popup.setDetachable(false);
        popup.setAutoHide(true);
        // Listened to on the view model's note, which holds the listener (and so the pop-over) strongly: a bound
        // label alone is held by nothing and would be collected.
        note.addListener((obs, old, said) -> {
            if (said.isEmpty()) {
                popup.hide();
            } else if (recheckButton.getScene() != null && recheckButton.getScene().getWindow() != null
                    && recheckButton.getScene().getWindow().isShowing()) {
                popup.show(recheckButton);
            }
        });
    }
}
