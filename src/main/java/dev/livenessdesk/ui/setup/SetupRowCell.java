package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.setup.CheckResult;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A row: the status badge and the question, then what was found and what to do, wrapped to the list's width. */
final class SetupRowCell extends ListCell<SetupRow> {

    private static final String[] STATUS_CLASSES = {"status-ok", "status-warn", "status-fail", "status-unknown",
        "status-checking"};

    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label found = new Label();
    private final Label fix = new Label();
    private final VBox box;

    SetupRowCell(ListView<SetupRow> list) {
        badge.getStyleClass().add("status-badge");
        badge.setMinWidth(USE_PREF_SIZE);
        title.getStyleClass().add("row-title");
        title.setWrapText(true);
        found.getStyleClass().add("row-found");
        found.setWrapText(true);
        fix.getStyleClass().add("row-fix");
        fix.setWrapText(true);
        HBox head = new HBox(8, badge, title);
        box = new VBox(3, head, found, fix);
        // Wrapped labels need a width to wrap at: the list's, less its scroll bar and padding.
        box.maxWidthProperty().bind(list.widthProperty().subtract(36));
        box.prefWidthProperty().bind(list.widthProperty().subtract(36));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SetupRow row, boolean empty) {
        super.updateItem(row, empty);
        badge.getStyleClass().removeAll(STATUS_CLASSES);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(row.title());
        if (row.isChecking()) {
            badge.setText(SetupChecklistViewModel.WORDS.get("row.checking"));
            badge.getStyleClass().add("status-checking");
            found.setText("");
            fix.setText("");
        } else {
            CheckResult result = row.result().get();
            badge.setText(result.status().label());
            badge.getStyleClass().add("status-" + result.status().wireName());
            found.setText(result.found());
            fix.setText(result.fix().isBlank() ? "" : SetupChecklistViewModel.WORDS.get("row.fix", result.fix()));
        }
        found.setVisible(!found.getText().isEmpty());
        found.setManaged(found.isVisible());
        fix.setVisible(!fix.getText().isEmpty());
        fix.setManaged(fix.isVisible());
        setText(null);
        setGraphic(box);
    }
}
