package dev.livenessdesk.ui.check;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The hand-over question as a dialog whose safe answer is the default. */
public final class AlertHandOverConfirmation implements HandOverConfirmation {

    private final Supplier<Window> owner;

    public AlertHandOverConfirmation(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String problem, String warning) {
        ButtonType handOver = new ButtonType(CheckRunWords.get("handOver.yes"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(CheckRunWords.get("handOver.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", cancel, handOver);
        alert.initOwner(owner.get());
        alert.setTitle(CheckRunWords.get("handOver.title"));
        alert.setHeaderText(problem);
        Label text = new Label(warning);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(handOver::equals).isPresent();
    }
}
