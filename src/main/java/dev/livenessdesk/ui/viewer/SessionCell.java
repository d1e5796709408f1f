package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.HoverTooltip;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.ui.common.ShownTime;
import java.time.ZoneId;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/**
 * A session in the list, on one line: its id and its newest object's local time (the zone and UTC in the hover);
 * reaching the last row loads the next page.
 */
final class SessionCell extends ListCell<SessionFolder> {

    private final SessionListViewModel sessions;
    private final ResourceBundle words;
    private final ZoneId zone;
    private final Label id = new Label();
    private final Label time = new Label();
    private final Label record = new Label();
    private final HBox row = new HBox(8, id, time, record);
    private final HoverTooltip hover = HoverTooltip.on(this);

    SessionCell(SessionListViewModel sessions, ResourceBundle words, ZoneId zone) {
        this.sessions = sessions;
        this.words = words;
        this.zone = zone;
        getStyleClass().add("session-cell");
        id.getStyleClass().add("session-id");
        id.setMinWidth(Label.USE_PREF_SIZE);
        time.getStyleClass().add("session-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        // The record gives way (an ellipsis, the whole line in the hover) before the id or the time would.
        record.getStyleClass().add("session-record");
        record.setMinWidth(0);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(SessionFolder folder, boolean empty) {
        super.updateItem(folder, empty);
        if (empty || folder == null) {
            setGraphic(null);
            setText(null);
            hover.setText(null);
            setAccessibleText(null);
            return;
        }
        id.setText(folder.sessionId());
        time.setText(folder.lastModified().map(at -> ShownTime.local(at, zone))
                .orElse(words.getString("sessions.time.unknown")));
        java.util.Optional<String> shared = sessions.records().lineOf(folder.sessionId());
        record.setText(shared.orElse(""));
        record.setVisible(shared.isPresent());
        record.setManaged(shared.isPresent());
        hover.setText(folder.sessionId() + "\n" + folder.lastModified().map(at -> ShownTime.tooltip(at, zone))
                .orElse(words.getString("sessions.time.unknown")) + shared.map(line -> "\n" + line).orElse(""));
        setGraphic(row);
        setAccessibleText(folder.sessionId() + ", " + time.getText() + shared.map(line -> ", " + line).orElse(""));
        if (getIndex() == getListView().getItems().size() - 1) {
            sessions.loadMore(); // scrolled to the end: fetch the next page
        }
    }
}
