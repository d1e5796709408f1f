package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.ui.common.HoverTooltip;
import dev.livenessdesk.ui.common.ColumnsThatFit;
import dev.livenessdesk.ui.common.ItemsWhileShown;
import dev.livenessdesk.ui.common.RowsMadeWhileHidden;
import dev.livenessdesk.ui.common.SelectionKeptByKey;
import dev.livenessdesk.ui.common.ViewLoader;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.SessionStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/** The history list: binds {@link HistoryViewModel} to HistoryPane.fxml; handlers only delegate. */
public final class HistoryPaneView {

    private final HistoryViewModel viewModel;

    @FXML private HBox damagedBanner;
    @FXML private Label damagedNotice;
    @FXML private TextField filterField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TableView<HistoryEntry> table;
    @FXML private TableColumn<HistoryEntry, String> sessionIdColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> createdAtColumn;
    @FXML private TableColumn<HistoryEntry, String> profileColumn;
    @FXML private TableColumn<HistoryEntry, String> regionColumn;
    @FXML private TableColumn<HistoryEntry, String> outputColumn;
    @FXML private TableColumn<HistoryEntry, String> statusColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> confidenceColumn;
    @FXML private TableColumn<HistoryEntry, HistoryEntry> feedbackColumn;
    @FXML private Button reopenButton;
    @FXML private Button timelineButton;
    @FXML private Button exportCsvButton;
    @FXML private Button exportJsonButton;
    @FXML private Button removeButton;
    @FXML private Button eraseButton;
    @FXML private Button purgeButton;
    @FXML private Label message;

    private final ObservableBooleanValue shown;

    /** A history that is always in sight. */
    public HistoryPaneView(HistoryViewModel viewModel) {
        this(viewModel, new SimpleBooleanProperty(true));
    }

    /** A history in a tab: its table takes the view model's changes while {@code shown} (see ItemsWhileShown). */
    public HistoryPaneView(HistoryViewModel viewModel, ObservableBooleanValue shown) {
        this.viewModel = viewModel;
        this.shown = shown;
    }

    /** Builds the pane and starts reading the history; call on the FX thread, once. */
    public Parent load() {
        Parent root = ViewLoader.load(this, "HistoryPane", HistoryText.bundle());
        viewModel.load();
        // Another window on the same data folder may have added sessions: read what is new each time it is shown.
        shown.addListener((obs, was, now) -> {
            if (now) {
                viewModel.refresh();
            }
        });
        // A stand-in entry, never drawn: its region and id are blank.
        RowsMadeWhileHidden.prepare(table, shown, new HistoryEntry("", Instant.EPOCH, Optional.empty(), "",
                Optional.empty(), "", 0, SessionStatus.CREATED.name(), Optional.empty(), Optional.empty()));
        return root;
    }

    public HistoryViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        damagedNotice.textProperty().bind(viewModel.damagedNoticeProperty());
        damagedBanner.visibleProperty().bind(viewModel.damagedNoticeProperty().isNotEmpty());
        damagedBanner.managedProperty().bind(damagedBanner.visibleProperty());
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        text(sessionIdColumn, HistoryEntry::sessionId);
        sessionIdColumn.setCellFactory(column -> styledCell(id -> "session-id-cell"));
        entryColumn(createdAtColumn, viewModel.columns()::createdAtText, Comparator.comparing(HistoryEntry::createdAt));
        withHover(createdAtColumn, viewModel.columns()::createdAtText, viewModel.columns()::createdAtTooltip);
        text(profileColumn, HistoryColumns::profileText);
        text(regionColumn, HistoryEntry::region);
        text(outputColumn, HistoryColumns::outputText);
        text(statusColumn, HistoryEntry::lastStatus);
        statusColumn.setCellFactory(column -> styledCell(status ->
                "status-" + SessionStatus.fromWire(status).name().toLowerCase(Locale.ROOT).replace('_', '-')));
        entryColumn(confidenceColumn, HistoryColumns::confidenceText, Comparator.comparing(
                (HistoryEntry entry) -> entry.confidence().orElse(-1f)));
        feedbackColumn(feedbackColumn);

        // A row refreshed in place (its session ended meanwhile) stays selected.
        SortedList<HistoryEntry> sorted = SelectionKeptByKey.sorted(
                ItemsWhileShown.follow(viewModel.visibleEntries(), shown).items(), table, HistoryEntry::sessionId);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        ColumnsThatFit.install(table, List.of(profileColumn, regionColumn, outputColumn));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<HistoryEntry>) change ->
                viewModel.selection().setAll(table.getSelectionModel().getSelectedItems()));
        table.setRowFactory(view -> {
            TableRow<HistoryEntry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.reopen(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.reopenSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.removeSelected();
            }
        });

        var nothingSelected = viewModel.nothingSelectedProperty();
        reopenButton.disableProperty().bind(nothingSelected);
        timelineButton.disableProperty().bind(nothingSelected);
        exportCsvButton.disableProperty().bind(nothingSelected);
        exportJsonButton.disableProperty().bind(nothingSelected);
        removeButton.disableProperty().bind(nothingSelected);
        eraseButton.disableProperty().bind(viewModel.erasableSelectedProperty().not());
    }

    @FXML
    private void reopen() {
        viewModel.reopenSelected();
    }

    @FXML
    private void timeline() {
        viewModel.timelineOfSelected();
    }

    @FXML
    private void exportCsv() {
        viewModel.exportSelected(HistoryExportFormat.CSV);
    }

    @FXML
    private void exportJson() {
        viewModel.exportSelected(HistoryExportFormat.JSON);
    }

    @FXML
    private void erase() {
        viewModel.eraseSelected();
    }

    @FXML
    private void purge() {
        viewModel.purge();
    }

    @FXML
    private void remove() {
        viewModel.removeSelected();
    }

    @FXML
    private void dismissNotice() {
        viewModel.dismissDamagedNotice();
    }

    /** A text column; what came from outside (a status the service sent, a profile's name) is shown escaped. */
    private static void text(TableColumn<HistoryEntry, String> column, Function<HistoryEntry, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(VisibleText.of(value.apply(row.getValue()))));
    }

    /** A column whose cell shows words made from the whole entry, sorted by the entry's own value. */
    private static void entryColumn(TableColumn<HistoryEntry, HistoryEntry> column,
                                    Function<HistoryEntry, String> words, Comparator<HistoryEntry> order) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(order);
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : words.apply(entry));
            }
        });
    }

    /** The zone one hover away: local time in the cell, zone and UTC in its tooltip. */
    private static void withHover(TableColumn<HistoryEntry, HistoryEntry> column, Function<HistoryEntry, String> words,
                                  Function<HistoryEntry, String> hover) {
        column.setCellFactory(view -> new TableCell<>() {
            private final HoverTooltip tooltip = HoverTooltip.on(this);

            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                boolean blank = empty || entry == null;
                setText(blank ? null : words.apply(entry));
                tooltip.setText(blank ? null : hover.apply(entry));
            }
        });
    }

    /** The feedback's short names, with the raw codes and the client that ran the check in a tooltip. */
    private static void feedbackColumn(TableColumn<HistoryEntry, HistoryEntry> column) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setComparator(Comparator.comparing(HistoryColumns::feedbackText));
        column.setCellFactory(view -> new TableCell<>() {
            private final HoverTooltip tooltip = HoverTooltip.on(this);

            @Override
            protected void updateItem(HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                tooltip.setText(empty || entry == null ? null : HistoryColumns.feedbackDetails(entry));
                setText(empty || entry == null ? null : HistoryColumns.feedbackText(entry));
            }
        });
    }

    /** A text cell with a style class chosen from its text (status colours, monospace ids). */
    private static TableCell<HistoryEntry, String> styledCell(Function<String, String> styleOf) {
        return new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                String wanted = empty || item == null ? null : styleOf.apply(item);
                // Only a real change touches the style classes: each change restyles the cell, and a new entry
                // shifts every row, so most updates keep the class the cell already has.
                if (!java.util.Objects.equals(wanted, applied)) {
                    if (applied != null) {
                        getStyleClass().remove(applied);
                    }
                    if (wanted != null) {
                        getStyleClass().add(wanted);
                    }
                    applied = wanted;
                }
            }
        };
    }
}
