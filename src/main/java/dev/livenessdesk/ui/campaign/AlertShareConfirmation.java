package dev.livenessdesk.ui.campaign;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * The sharing question as a dialog. Writing to a team's bucket is a choice made on purpose: Enter does not
 * share, and Escape or closing the dialog keeps the records on this computer.
 */
public final class AlertShareConfirmation implements ShareConfirmation {

    private final Supplier<Window> owner;

    public AlertShareConfirmation(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean shareIn(String bucket) {
        ButtonType share = new ButtonType(CampaignText.get("share.yes"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(CampaignText.get("share.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", keep, share);
        alert.initOwner(owner.get());
        alert.setTitle(CampaignText.get("share.title"));
        alert.setHeaderText(CampaignText.get("share.question", bucket));
        Label text = new Label(CampaignText.get("share.explanation"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(share::equals).isPresent();
    }
}
