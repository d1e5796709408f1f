package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.ui.common.FieldDecoration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;

/**
 * Ties each session form input to its field: the message shown beside it, the check after a typing pause, the
 * label whose mnemonic reaches it, and the focus a refused Create moves to it (opening Advanced when it is in
 * there). Kept apart from {@link SessionFormView}, which binds values and the created-session card, because this
 * is the same wiring repeated for every field.
 */
final class SessionFieldDecorations {

    private final SessionFormViewModel viewModel;
    private final TitledPane advancedPane;
    private final Map<SessionField, Node> inputs = new EnumMap<>(SessionField.class);

    /** @param advancedPane the collapsible pane holding the less used fields */
    SessionFieldDecorations(SessionFormViewModel viewModel, TitledPane advancedPane) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.advancedPane = Objects.requireNonNull(advancedPane);
        viewModel.fieldToFocusProperty().addListener((obs, old, field) -> focus(field));
    }

    /** A text field: its message, and a check of the field after the user pauses typing. */
    void decorateText(SessionField field, TextField input, Label message) {
        decorate(field, input, message);
        FieldDecoration.checkAfterPause(input, input.textProperty(), () -> viewModel.checkField(field));
    }

    /** Any input: its message only; the caller decides when the field is checked. */
    void decorate(SessionField field, Node input, Label message) {
        inputs.put(field, input);
        FieldDecoration.bind(input, message, viewModel.messageProperty(field));
    }

    /** A label naming an input: its mnemonic moves the focus there. */
    static void link(Label label, Node input) {
        // Top-aligned so the label stays level with its field when a hint or message grows below it.
        GridPane.setValignment(label, VPos.TOP);
        label.setLabelFor(input);
        label.setMnemonicParsing(true);
    }

    private void focus(SessionField field) {
        Node input = field == null ? null : inputs.get(field);
        if (input == null) {
            return;
        }
        if (isInside(input, advancedPane.getContent())) {
            advancedPane.setExpanded(true);
        }
        input.requestFocus();
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
