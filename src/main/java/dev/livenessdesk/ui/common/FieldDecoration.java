package dev.livenessdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a {@link FieldMessage} next to its field: the message label under it (red for an error, amber for a
 * warning, with an icon so colour is never the only signal), and the field's border in the same state.
 */
public final class FieldDecoration {

    /** How long typing must pause before a field is checked (JabRef's habit: not on every key). */
    public static final Duration TYPING_PAUSE = Duration.millis(400);

    // AtlantaFX styles inputs in these states.
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private FieldDecoration() {
    }

    /**
     * Binds the message under a field. The message keeps its place in the layout while hidden, one line at first
     * and then the height of the last message shown, so the fields below never move when a message comes or goes
     * (a hint sharing the place, see {@link #giveWay}, makes that place as tall as the hint).
     */
    public static void bind(Node field, Label messageLabel, ObservableValue<FieldMessage> message) {
        messageLabel.getStyleClass().add("field-message");
        messageLabel.setWrapText(true);
        messageLabel.setText(" ");
        show(field, messageLabel, message.getValue());
        PointerHold.watch(field);
        // The message shows (and goes) after a click in progress, so the button clicked stays under the pointer.
        message.addListener((obs, old, now) -> PointerHold.whenReleased(field,
                () -> show(field, messageLabel, message.getValue())));
    }

    /**
     * Runs {@code check} once typing pauses, and again when the field loses focus. Changes made while the field
     * is not focused (a preselected value) do not count as the user's typing.
     */
    public static void checkAfterPause(Node field, ObservableValue<?> text, Runnable check) {
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(event -> check.run());
        text.addListener((obs, old, now) -> {
            if (field.isFocused()) {
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                pause.stop();
                check.run();
            }
        });
    }

    /**
     * A hint that gives way to the field's message in the same place (both in one StackPane): the hint shows while
     * there is no message; the place is as tall as the taller of the two, so nothing below moves.
     */
    public static void giveWay(Label hint, Label messageLabel) {
        hint.visibleProperty().bind(messageLabel.visibleProperty().not());
    }

    private static void show(Node field, Label label, FieldMessage message) {
        FieldMessage shown = message == null ? FieldMessage.NONE : message;
        boolean visible = shown.severity() != FieldMessage.Severity.NONE;
        // A message that goes leaves its words in place, unseen: the place keeps its height.
        if (visible) {
            label.setText(shown.text());
        }
        label.setVisible(visible);
        label.setManaged(true);
        label.getStyleClass().removeAll("field-error", "field-warning");
        field.pseudoClassStateChanged(DANGER, shown.severity() == FieldMessage.Severity.ERROR);
        field.pseudoClassStateChanged(WARNING, shown.severity() == FieldMessage.Severity.WARNING);
        if (shown.severity() == FieldMessage.Severity.ERROR) {
            label.getStyleClass().add("field-error");
            label.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        } else if (shown.severity() == FieldMessage.Severity.WARNING) {
            label.getStyleClass().add("field-warning");
            label.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        } else {
            label.setGraphic(null);
        }
        label.setAccessibleText(visible ? shown.text() : "");
    }
}
