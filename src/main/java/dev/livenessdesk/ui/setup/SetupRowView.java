package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.setup.CheckResult;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One row of the checklist: the status badge and the question, then what was found and what to do, wrapped. */
final class SetupRowView extends VBox {

    SetupRowView(SetupRow row) {
        this(row, Optional.empty());
    }

    /** @param action a button for the row's fix, shown below what to do */
    SetupRowView(SetupRow row, Optional<Node> action) {
        super(3);
        getStyleClass().add("setup-row");
        Label badge = new Label();
        badge.getStyleClass().add("status-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = wrapped(row.title(), "row-title");
        getChildren().add(new HBox(8, badge, title));
        if (row.isChecking()) {
            badge.setText(SetupChecklistViewModel.WORDS.get("row.checking"));
            badge.getStyleClass().add("status-checking");
            return;
        }
        CheckResult result = row.result().get();
        badge.setText(result.status().label());
        badge.getStyleClass().add("status-" + result.status().wireName());
        getChildren().add(wrapped(result.found(), "row-found"));
        if (!result.fix().isBlank()) {
            getChildren().add(wrapped(SetupChecklistViewModel.WORDS.get("row.fix", result.fix()), "row-fix"));
        }
        action.ifPresent(getChildren()::add);
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
