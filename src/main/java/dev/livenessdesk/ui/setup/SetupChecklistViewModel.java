package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.CheckResult;
import dev.livenessdesk.core.setup.CheckStatus;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupReport;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The checklist's state: one row per check, filled in as each answer arrives, a summary, and the report to copy.
 * Runs the checker through the TaskRunner; "Stop" interrupts it. Touch it on the FX thread only.
 */
public final class SetupChecklistViewModel {

    static final Words WORDS = new Words("dev.livenessdesk.ui.setup.SetupChecklist");

    private final TaskRunner tasks;
    private final SetupChecker checker;
    private final ClipboardService clipboard;
    private final ObservableList<SetupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<SetupRun> lastRun = new ReadOnlyObjectWrapper<>(this, "lastRun");
    private SetupTarget target;
    private boolean onlyFailures;
    private TaskHandle handle = TaskHandle.DONE;

    public SetupChecklistViewModel(TaskRunner tasks, SetupChecker checker, ClipboardService clipboard) {
        this.tasks = tasks;
        this.checker = checker;
        this.clipboard = clipboard;
    }

    public ObservableList<SetupRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SetupRun> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** Checks this target, every row; a check still running is stopped first. */
    public void check(SetupTarget newTarget) {
        handle.cancel();
        target = newTarget;
        onlyFailures = false;
        heading.set(describe(newTarget));
        lastRun.set(null);
        List<CheckId> ids = checker.rowsFor(newTarget);
        rows.setAll(ids.stream().map(SetupRow::checking).toList());
        summary.set(WORDS.get("summary.running", ids.size()));
        running.set(true);
        Map<CheckId, CheckResult> answered = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        // Task messages are coalesced on their way to the FX thread: each one only says "look again".
        handle = tasks.job(context -> checker.run(newTarget, result -> {
                    answered.put(result.id(), result);
                    context.updateMessage(String.valueOf(count.incrementAndGet()));
                }))
                .onMessage(message -> showAnswers(answered))
                .onSuccess(this::finished)
                .onFailure(error -> stopped(answered, WORDS.get("summary.broken", String.valueOf(error.getMessage()))))
                .onCancelled(() -> stopped(answered, WORDS.get("summary.stopped")))
                .start();
    }

    /** Shows a run that already happened (the quiet check before a first Create), only its failing rows. */
    public void showFailures(SetupRun run) {
        handle.cancel();
        target = run.target();
        onlyFailures = true;
        heading.set(WORDS.get("heading.quiet", describe(run.target())));
        lastRun.set(run);
        rows.setAll(run.failures().stream().map(result -> new SetupRow(result.id(), Optional.of(result))).toList());
        summary.set(summaryOf(run));
        running.set(false);
    }

    public void checkAgain() {
        if (target != null) {
            check(target);
        }
    }

    public void stop() {
        handle.cancel();
    }

    public boolean showsOnlyFailures() {
        return onlyFailures;
    }

    /** The whole checklist as plain text for a ticket; nothing when no run finished. */
    public void copyReport() {
        SetupRun run = lastRun.get();
        if (run != null) {
            clipboard.copyText(SetupReport.plainText(run));
            summary.set(summaryOf(run) + " " + WORDS.get("report.copied"));
        }
    }

    // Synchronized for runners that deliver messages on worker threads (tests); on the FX thread it costs nothing.
    private synchronized void showAnswers(Map<CheckId, CheckResult> answered) {
        rows.setAll(rows.stream().map(row -> answered.containsKey(row.id())
                ? new SetupRow(row.id(), Optional.of(answered.get(row.id()))) : row).toList());
    }

    private void finished(SetupRun run) {
        showAnswers(run.results().stream().collect(java.util.stream.Collectors.toMap(CheckResult::id, r -> r)));
        lastRun.set(run);
        summary.set(summaryOf(run));
        running.set(false);
    }

    private void stopped(Map<CheckId, CheckResult> answered, String why) {
        showAnswers(answered);
        summary.set(why);
        running.set(false);
    }

    static String summaryOf(SetupRun run) {
        return WORDS.get("summary.done", run.count(CheckStatus.OK), run.count(CheckStatus.WARN),
                run.count(CheckStatus.FAIL), run.count(CheckStatus.UNKNOWN), run.took().toMillis() / 1000.0);
    }

    static String describe(SetupTarget target) {
        String profile = target.connection().profile().orElse(WORDS.get("heading.defaultProfile"));
        String bucket = target.bucket().map(b -> target.location()).orElse(WORDS.get("heading.noBucket"));
        String key = target.kmsKeyId().map(k -> WORDS.get("heading.key", k)).orElse("");
        return WORDS.get("heading", profile, target.region(), bucket, key);
    }
}
