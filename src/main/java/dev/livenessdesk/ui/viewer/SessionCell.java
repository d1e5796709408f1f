package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.SessionFolder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A session in the list: its id and its newest object time; reaching the last row loads the next page. */
final class SessionCell extends ListCell<SessionFolder> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ImageViewerViewModel viewModel;
    private final ResourceBundle words;
    private final Label id = new Label();
    private final Label time = new Label();
    private final VBox box = new VBox(1, id, time);

    SessionCell(ImageViewerViewModel viewModel, ResourceBundle words) {
        this.viewModel = viewModel;
        this.words = words;
        getStyleClass().add("session-cell");
        id.getStyleClass().add("session-id");
        time.getStyleClass().add("session-time");
    }

    @Override
    protected void updateItem(SessionFolder folder, boolean empty) {
        super.updateItem(folder, empty);
        if (empty || folder == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        id.setText(folder.sessionId());
        time.setText(folder.lastModified().map(TIME::format).orElse(words.getString("sessions.time.unknown")));
        setGraphic(box);
        setAccessibleText(folder.sessionId() + ", " + time.getText());
        if (getIndex() == getListView().getItems().size() - 1) {
            viewModel.loadMoreSessions(); // scrolled to the end: fetch the next page
        }
    }
}
