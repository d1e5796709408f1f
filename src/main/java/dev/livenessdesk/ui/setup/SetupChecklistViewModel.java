package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.CheckResult;
import dev.livenessdesk.core.setup.CheckStatus;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupReport;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.core.erasure.RetentionRules;
import java.time.Clock;
import java.util.function.Function;
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
    private final Optional<RetentionFix> retention;
    private final ObservableList<SetupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<SetupRun> lastRun = new ReadOnlyObjectWrapper<>(this, "lastRun");
    private SetupTarget target;
    private boolean onlyFailures;
    private TaskHandle handle = TaskHandle.DONE;

    /**
     * What the lifecycle row's fix needs: the bucket's lifecycle rules for a connection (empty where the backend
     * has none to set), the clock and the desk's version for the receipt.
     */
    public record RetentionFix(Function<ConnectionSettings, Optional<RetentionRules>> rulesFor, Clock clock,
                               String deskVersion) {
    }

    public SetupChecklistViewModel(TaskRunner tasks, SetupChecker checker, ClipboardService clipboard) {
        this(tasks, checker, clipboard, Optional.empty());
    }

    public SetupChecklistViewModel(TaskRunner tasks, SetupChecker checker, ClipboardService clipboard,
                                   Optional<RetentionFix> retention) {
        this.tasks = tasks;
        this.checker = checker;
        this.clipboard = clipboard;
        this.retention = retention;
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

    /** True for a lifecycle row that found no rule deleting the images, when the bucket's rules can be set. */
    public boolean offersRetentionRule(SetupRow row) {
        return row.id() == CheckId.LIFECYCLE && row.result().map(r -> r.status() == CheckStatus.WARN).orElse(false)
                && target != null && target.bucket().isPresent() && retention.isPresent()
                && retention.get().rulesFor().apply(target.connection()).isPresent();
    }

    /** The lifecycle row's fix for the bucket checked now; once applied, the checklist checks again. */
    public Optional<RetentionFixViewModel> retentionFix() {
        if (target == null || target.bucket().isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        SetupTarget checked = target;
        return retention.get().rulesFor().apply(checked.connection()).map(rules -> new RetentionFixViewModel(tasks,
                new RetentionChanges(rules, retention.get().clock(), retention.get().deskVersion()),
                checked.bucket().get(), checked.prefix(), this::checkAgain));
    }

    ClipboardService clipboard() {
        return clipboard;
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
