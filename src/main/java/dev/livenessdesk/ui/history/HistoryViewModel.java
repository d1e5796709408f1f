package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The list of sessions created on this desktop: filter, reopen (the Result tab then asks for the entry's results
 * once and notes them here), export the selection, remove entries from this computer. Every method runs on the
 * FX thread; the disk is read and written through the TaskRunner. How a row reads (and so what the filter finds) is
 * {@link HistoryColumns}; what is asked and written for the export and the removal is {@link HistoryWrites}.
 */
public final class HistoryViewModel {

    private final TaskRunner tasks;
    private final SessionHistoryStore history;
    private final HistoryColumns columns;
    private final HistoryWrites writes;

    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<HistoryEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final FilteredList<HistoryEntry> visibleEntries = new FilteredList<>(entries);
    private final ObservableList<HistoryEntry> selection = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper damagedNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding nothingSelected = Bindings.isEmpty(selection);

    private Consumer<HistoryEntry> onReopen = entry -> { };
    private Consumer<String> onTimeline = sessionId -> { };
    private Consumer<HistoryEntry> onErase = entry -> { };
    private Consumer<Optional<HistoryEntry>> onPurge = entry -> { };
    private final BooleanBinding erasableSelected = Bindings.createBooleanBinding(
            () -> selection.size() == 1 && selection.get(0).bucket().isPresent(), selection);

    /** @param zone the time zone "created at" is shown in and the export's file is dated by (the user's) */
    public HistoryViewModel(TaskRunner tasks, SessionHistoryStore history, HistoryDialogs dialogs, ZoneId zone,
                            Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.history = Objects.requireNonNull(history, "history");
        this.columns = new HistoryColumns(zone);
        this.writes = new HistoryWrites(tasks, history, dialogs, zone, clock);
        filter.addListener((obs, old, text) -> visibleEntries.setPredicate(columns.matching(text)));
    }

    public HistoryViewModel(TaskRunner tasks, SessionHistoryStore history, HistoryDialogs dialogs) {
        this(tasks, history, dialogs, ZoneId.systemDefault(), Clock.systemDefaultZone());
    }

    /** Where an entry's session lives: its profile and region (the SDK still honours endpoint overrides). */
    public static ConnectionSettings connectionOf(HistoryEntry entry) {
        return new ConnectionSettings(entry.profile(), entry.region(), Optional.empty(), Optional.empty());
    }

    // ---- what the user (or the main window) does ----

    /** Reads the history file; shows the damaged-file notice when the file had to be moved aside. */
    public void load() {
        busy.set(true);
        tasks.job(context -> history.list())
                .onSuccess(list -> {
                    busy.set(false);
                    entries.setAll(list);
                    damagedNotice.set(history.damagedFileNotice().orElse(""));
                })
                .onFailure(this::showFailure)
                .start();
    }

    /**
     * Reads the history again and takes in what changed since: the database is shared by every window on this data
     * folder, so another window's new sessions (and results, and removals) appear. Entries that did not change stay
     * as they are, with their selection.
     */
    public void refresh() {
        tasks.job(context -> history.list())
                .onSuccess(list -> {
                    EntriesInPlace.mergeIn(entries, list);
                    damagedNotice.set(history.damagedFileNotice().orElse(""));
                })
                .onFailure(this::showFailure)
                .start();
    }

    /** Shows a new or changed entry at once (the results pane calls this after each poll). */
    public void upsert(HistoryEntry entry) {
        EntriesInPlace.upsert(entries, entry);
    }

    /**
     * Hands the entry to whoever shows results. They ask once and note the answer in the history, which comes
     * back here through {@link #upsert}: reopening asks and writes nothing itself.
     */
    public void reopen(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        message.set("");
        onReopen.accept(entry);
    }

    public void reopenSelected() {
        selection.stream().findFirst().ifPresent(this::reopen);
    }

    /** Opens the first selected session's CloudTrail timeline in the Activity tab. */
    public void timelineOfSelected() {
        selection.stream().findFirst().ifPresent(entry -> onTimeline.accept(entry.sessionId()));
    }

    /** Where a session's timeline opens (the Activity tab). */
    public void setOnTimeline(Consumer<String> action) {
        this.onTimeline = action == null ? sessionId -> { } : action;
    }

    /** Asks where, then writes the selected entries (in list order). */
    public void exportSelected(HistoryExportFormat format) {
        List<HistoryEntry> chosen = selectedInListOrder();
        if (chosen.isEmpty()) {
            return;
        }
        Optional<Path> target = writes.askExportTarget(format);
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        writes.exporting(chosen, format, target.get()).onSuccess(done -> {
            busy.set(false);
            message.set(done);
        }).onFailure(this::showFailure).start();
    }

    /** Asks first, then forgets the selected entries on this computer only. */
    public void removeSelected() {
        List<HistoryEntry> chosen = selectedInListOrder();
        if (chosen.isEmpty()) {
            return;
        }
        if (!writes.confirmRemoval(chosen)) {
            return;
        }
        List<String> ids = chosen.stream().map(HistoryEntry::sessionId).toList();
        busy.set(true);
        writes.removing(ids).onSuccess(list -> {
            busy.set(false);
            entries.setAll(list);
            message.set(HistoryText.get("remove.done", ids.size()));
        }).onFailure(this::showFailure).start();
    }

    public void dismissDamagedNotice() {
        damagedNotice.set("");
    }

    /** Hands the one selected session with a bucket to the erasure dialog. */
    public void eraseSelected() {
        if (erasableSelected.get()) {
            onErase.accept(selection.get(0));
        }
    }

    /** Opens the purge by age, at the selected session's bucket and prefix when one is selected. */
    public void purge() {
        onPurge.accept(selection.stream().findFirst());
    }

    /** True when one session is selected and it kept its images in a bucket. */
    public BooleanBinding erasableSelectedProperty() {
        return erasableSelected;
    }

    /** Called with the session to erase; the window opens the erasure dialog and reloads the list after it. */
    public void setOnErase(Consumer<HistoryEntry> listener) {
        this.onErase = Objects.requireNonNull(listener);
    }

    /** Called for a purge by age, with the selected session (for its bucket and prefix) when there is one. */
    public void setOnPurge(Consumer<Optional<HistoryEntry>> listener) {
        this.onPurge = Objects.requireNonNull(listener);
    }

    /** Called with the entry the user reopens; the main window shows its results and images. */
    public void setOnReopen(Consumer<HistoryEntry> listener) {
        this.onReopen = Objects.requireNonNull(listener);
    }

    /** How each column reads; the filter searches the same words. */
    public HistoryColumns columns() {
        return columns;
    }

    // ---- internals ----

    private List<HistoryEntry> selectedInListOrder() {
        return entries.stream().filter(selection::contains).toList();
    }

    private void showFailure(Throwable failure) {
        busy.set(false);
        message.set(describe(failure));
    }

    private static String describe(Throwable failure) {
        return ServiceException.errorIn(failure).map(ServiceError::fullText)
                .orElseGet(() -> HistoryText.get("error.file", String.valueOf(failure.getMessage())));
    }

    // ---- properties ----

    /** Every entry, newest first. */
    public ObservableList<HistoryEntry> entries() {
        return entriesView;
    }

    /** The entries the filter lets through; the table shows these. */
    public FilteredList<HistoryEntry> visibleEntries() {
        return visibleEntries;
    }

    /** The table's selection; the view keeps it in step. */
    public ObservableList<HistoryEntry> selection() {
        return selection;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** "Your history file was damaged; it was kept as ..." when that happened. */
    public ReadOnlyStringProperty damagedNoticeProperty() {
        return damagedNotice.getReadOnlyProperty();
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }
}
