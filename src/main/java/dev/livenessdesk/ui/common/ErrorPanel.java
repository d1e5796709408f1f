package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.failure.ServiceError;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The one way a screen shows a failure: what happened, what to do next, and the AWS code, HTTP status and request
 * id in a selectable field for a ticket, with a button that copies all of it. Hidden while there is no error.
 * Screens bind {@link #errorProperty()} to their view model and may add buttons of their own
 * ({@link #addAction}, e.g. "Switch to eu-west-1"). Usable from FXML: {@code <ErrorPanel fx:id="..."/>}.
 */
public final class ErrorPanel extends VBox {

    private static final Words WORDS = CommonWords.WORDS;

    private final ObjectProperty<ServiceError> error = new SimpleObjectProperty<>(this, "error");
    private final Label message = new Label();
    private final Label nextStep = new Label();
    private final TextField ticket = new TextField();
    private final Button copy = new Button(WORDS.get("error.copy"));
    private final HBox actions = new HBox(8);
    private ClipboardService clipboard;

    public ErrorPanel() {
        super(4);
        getStyleClass().add("error-panel");
        getStylesheets().add(ErrorPanel.class.getResource("ErrorPanel.css").toExternalForm());
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.setMinHeight(USE_PREF_SIZE);
        nextStep.getStyleClass().add("error-next-step");
        nextStep.setWrapText(true);
        nextStep.setMinHeight(USE_PREF_SIZE);
        ticket.getStyleClass().add("error-ticket");
        ticket.setEditable(false);
        ticket.setFocusTraversable(true);
        ticket.setAccessibleText(WORDS.get("error.ticket.accessible"));
        HBox.setHgrow(ticket, Priority.ALWAYS);
        copy.getStyleClass().add("error-copy");
        copy.setMinWidth(USE_PREF_SIZE);
        copy.setOnAction(event -> copyDetails());
        copy.setVisible(false);
        copy.managedProperty().bind(copy.visibleProperty());
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().addAll(ticket, copy);
        getChildren().addAll(message, nextStep, actions);
        managedProperty().bind(visibleProperty());
        error.addListener((obs, old, now) -> show(now));
        show(null);
    }

    /** The error shown; null hides the panel. */
    public ObjectProperty<ServiceError> errorProperty() {
        return error;
    }

    public ServiceError getError() {
        return error.get();
    }

    public void setError(ServiceError shown) {
        error.set(shown);
    }

    /** Offers "Copy details" once the panel can reach a clipboard. */
    public void setClipboard(ClipboardService clipboard) {
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        copy.setVisible(true);
    }

    /** A button of the screen's own (e.g. "Switch to eu-west-1"), placed before the ticket field. */
    public void addAction(Node action) {
        actions.getChildren().add(actions.getChildren().size() - 2, action);
    }

    /** What "Copy details" puts on the clipboard: the words and the ticket line, for a support ticket. */
    public static String ticketText(ServiceError error) {
        return error.fullText() + "\n" + error.ticketDetails();
    }

    private void copyDetails() {
        ServiceError shown = error.get();
        if (shown != null && clipboard != null) {
            clipboard.copyText(ticketText(shown));
        }
    }

    private void show(ServiceError shown) {
        setVisible(shown != null);
        message.setText(shown == null ? "" : shown.message());
        nextStep.setText(shown == null ? "" : shown.nextStep());
        nextStep.setVisible(shown != null && !shown.nextStep().isEmpty());
        nextStep.setManaged(nextStep.isVisible());
        ticket.setText(shown == null ? "" : shown.ticketDetails());
    }
}
