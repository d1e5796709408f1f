package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivitySummary;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity tab's state: the window and filters, Find and Cancel, the rows as they are read (newest first) with
 * the progress line, the summary and what a person must know about the read. Rows and summary arrive from the
 * reading thread through {@code onFx}, a few times a second; a cancelled read keeps what it had shown.
 */
public final class ActivityViewModel {

    /** The most rows the table holds; the summary counts every session. */
    static final int ROW_LIMIT = 5_000;
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The trail to read: through Athena from this table when one is given, else CloudTrail's event history. */
    @FunctionalInterface
    public interface TrailChoice {
        Optional<TrailEvents> trail(Optional<AthenaTable> athena);
    }

    private final TaskRunner tasks;
    private final TrailChoice trail;
    private final AthenaSettingViewModel athena;
    private final Clock clock;
    private final Consumer<Runnable> onFx;

    private final ObjectProperty<WindowChoice> windowChoice = new SimpleObjectProperty<>(WindowChoice.LAST_HOUR);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty caller = new SimpleStringProperty("");
    private final StringProperty sourceIp = new SimpleStringProperty("");
    private final ObjectProperty<ActivityOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty windowProblem = new SimpleStringProperty("");
    private final ObservableList<ActivitySession> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ActivitySummary> summary = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty reading = new SimpleBooleanProperty(false);
    private final ObjectProperty<ServiceError> error = new SimpleObjectProperty<>();
    private final AtomicReference<ActivityReport> latest = new AtomicReference<>();
    private TaskHandle running = TaskHandle.DONE;

    /**
     * @param trail the trail of the connection in use, when it has one
     * @param onFx  runs on the FX thread (Platform::runLater; tests: the calling thread)
     */
    public ActivityViewModel(TaskRunner tasks, Supplier<Optional<TrailEvents>> trail, Clock clock,
                             Consumer<Runnable> onFx) {
        this(tasks, athena -> trail.get(), AthenaSettingViewModel.off(), clock, onFx);
    }

    /** @param athena whether and how to read through Athena (the tab's setting) */
    public ActivityViewModel(TaskRunner tasks, TrailChoice trail, AthenaSettingViewModel athena, Clock clock,
                             Consumer<Runnable> onFx) {
        this.tasks = tasks;
        this.trail = trail;
        this.athena = athena;
        this.clock = clock;
        this.onFx = onFx;
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        from.set(TYPED.format(now.minusHours(1)));
        to.set(TYPED.format(now));
    }

    /** Reads the window, replacing the rows; refused input is said next to the fields and nothing is read. */
    public void find() {
        Optional<AthenaTable> table = athena.chosen();
        if (athena.useProperty().get() && table.isEmpty()) {
            return;
        }
        Optional<ActivityWindow> window = checkedWindow(table.isPresent());
        if (window.isEmpty()) {
            return;
        }
        Optional<TrailEvents> events = trail.trail(table);
        if (events.isEmpty()) {
            error.set(ServiceError.of(ErrorKind.UNKNOWN, ActivityText.get(table.isPresent() ? "noAthena"
                    : "noTrail"), ""));
            return;
        }
        running.cancel();
        error.set(null);
        rows.clear();
        summary.set(null);
        notes.set("");
        latest.set(null);
        reading.set(true);
        progress.set(ActivityText.get("progress.starting"));
        ActivityFilter filter = new ActivityFilter(caller.get(), sourceIp.get(), Optional.ofNullable(outcome.get()));
        ActivityFinder finder = new ActivityFinder(events.get(), clock);
        AtomicBoolean posted = new AtomicBoolean(false);
        running = tasks.job(context -> finder.find(window.get(), filter, ROW_LIMIT, partial -> {
            latest.set(partial);
            // Coalesced: one redraw waits at a time, and it shows the newest report when it runs.
            if (posted.compareAndSet(false, true)) {
                onFx.accept(() -> {
                    posted.set(false);
                    ActivityReport newest = latest.get();
                    if (newest != null && reading.get()) {
                        show(newest);
                    }
                });
            }
        })).onSuccess(this::finished)
                .onFailure(failure -> {
                    reading.set(false);
                    error.set(ServiceException.errorIn(failure).orElseGet(() -> ServiceError.of(ErrorKind.UNKNOWN,
                            String.valueOf(failure.getMessage()), "")));
                })
                .onCancelled(() -> {
                    reading.set(false);
                    ActivityReport shown = latest.get();
                    progress.set(shown == null ? ActivityText.get("progress.cancelledEmpty")
                            : ActivityText.get("progress.cancelled", shown.eventsRead()));
                })
                .start();
    }

    public void cancel() {
        running.cancel();
    }

    /**
     * The report the tab shows now: the last window read (or as far as a read has got, or was stopped); empty
     * before the first Find. Safe from any thread (the Review tab makes a queue of its sessions on a worker).
     */
    public Optional<ActivityReport> shownReport() {
        return Optional.ofNullable(latest.get());
    }

    private void finished(ActivityReport report) {
        latest.set(report);
        reading.set(false);
        show(report);
        String rowsNote = report.matching() > report.sessions().size()
                ? ActivityText.get("rows.cut", report.sessions().size(), report.matching()) : "";
        progress.set(ActivityText.get(report.readWhole() ? "progress.done" : "progress.partial",
                report.eventsRead(), report.matching(), report.source()) + rowsNote);
    }

    private void show(ActivityReport report) {
        rows.setAll(report.sessions());
        summary.set(report.summary());
        notes.set(String.join("\n", report.notes()));
        if (report.end().isEmpty()) {
            progress.set(report.progressLine());
        }
    }

    /** The window the fields describe, or empty with the problem said. */
    Optional<ActivityWindow> checkedWindow() {
        return checkedWindow(false);
    }

    /** @param beyondEventHistory read through Athena, which keeps more than CloudTrail's 90 days */
    Optional<ActivityWindow> checkedWindow(boolean beyondEventHistory) {
        windowProblem.set("");
        ActivityWindow.Checked checked;
        WindowChoice choice = windowChoice.get();
        if (choice.span().isPresent()) {
            checked = ActivityWindow.last(choice.span().get(), clock, beyondEventHistory);
        } else {
            Optional<LocalDateTime> start = typed(from.get(), "window.from");
            Optional<LocalDateTime> end = start.isEmpty() ? Optional.empty() : typed(to.get(), "window.to");
            if (end.isEmpty()) {
                return Optional.empty();
            }
            ZoneId zone = clock.getZone();
            checked = ActivityWindow.between(start.get().atZone(zone).toInstant(), end.get().atZone(zone).toInstant(),
                    clock, beyondEventHistory);
        }
        if (checked.window().isEmpty()) {
            windowProblem.set(checked.problem());
        }
        return checked.window();
    }

    private Optional<LocalDateTime> typed(String text, String field) {
        try {
            return Optional.of(LocalDateTime.parse(text == null ? "" : text.strip(), TYPED));
        } catch (DateTimeParseException notATime) {
            windowProblem.set(ActivityText.get("window.notATime", ActivityText.get(field), text == null ? "" : text));
            return Optional.empty();
        }
    }

    /** "Times in Europe/Berlin (UTC+01:00)": the zone the from-to fields and the rows are in. */
    public String zoneLine() {
        ZoneId zone = clock.getZone();
        return ActivityText.get("zone", zone.getId(), zone.getRules().getOffset(clock.instant()).getId()
                .replace("Z", "+00:00"));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public AthenaSettingViewModel athena() {
        return athena;
    }

    public ObjectProperty<WindowChoice> windowChoiceProperty() {
        return windowChoice;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty callerProperty() {
        return caller;
    }

    public StringProperty sourceIpProperty() {
        return sourceIp;
    }

    public ObjectProperty<ActivityOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty windowProblemProperty() {
        return windowProblem;
    }

    public ObservableList<ActivitySession> rows() {
        return rows;
    }

    public ObjectProperty<ActivitySummary> summaryProperty() {
        return summary;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public BooleanProperty readingProperty() {
        return reading;
    }

    public ObjectProperty<ServiceError> errorProperty() {
        return error;
    }
}
