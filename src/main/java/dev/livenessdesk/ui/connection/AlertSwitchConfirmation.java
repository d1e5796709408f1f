package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks with a confirmation dialog; "Stay" is the default, so Enter does not drop the work in hand. */
public final class AlertSwitchConfirmation implements SwitchConfirmation {

    private final Window owner;
    private final Words words = ConnectionBarViewModel.WORDS;

    /** @param owner the main window, so the dialog stays on top of it; may be null */
    public AlertSwitchConfirmation(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmSwitch(String question, String consequence, String accept) {
        ButtonType yes = new ButtonType(accept, ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(words.get("switch.confirm.decline"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequence, stay, yes);
        alert.initOwner(owner);
        alert.setTitle(words.get("switch.confirm.title"));
        alert.setHeaderText(question);
        // The dialog's default button is the first with OK_DONE; make staying the default instead.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }
}
