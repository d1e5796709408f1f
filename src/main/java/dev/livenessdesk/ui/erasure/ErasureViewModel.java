package dev.livenessdesk.ui.erasure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasurePlanner;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.JournalRun;
import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.erasure.RetentionAge;
import dev.livenessdesk.core.erasure.TypedConfirmation;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.json.PrettyJson;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One erasure from plan to receipt: what will go (every version, the local rows), the typed confirmation, the
 * run with progress and Cancel, then what went, what stayed and why, and the receipt. A purge can be resumed from
 * the journal when an earlier one was stopped.
 */
public final class ErasureViewModel {

    /** Where the dialog is. */
    public enum Stage { PLANNING, PLANNED, ERASING, DONE, FAILED }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskRunner tasks;
    private final ErasureServices services;
    private final Clock clock;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.PLANNING);
    private final ObjectProperty<ErasurePlan> plan = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final StringProperty expected = new SimpleStringProperty("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanProperty receiptInBucket = new SimpleBooleanProperty(true);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObservableList<String> remaining = FXCollections.observableArrayList();
    private final StringProperty receiptJson = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<JournalRun> unfinished = new SimpleObjectProperty<>();
    private final BooleanBinding canErase;
    private final AtomicBoolean stopAsked = new AtomicBoolean();
    private ErasureTarget target;
    private String runId;

    public ErasureViewModel(TaskRunner tasks, ErasureServices services, Clock clock) {
        this.tasks = tasks;
        this.services = services;
        this.clock = clock;
        canErase = Bindings.createBooleanBinding(() -> stage.get() == Stage.PLANNED && plan.get() != null
                && !plan.get().isEmpty() && TypedConfirmation.matches(plan.get(), typed.get()), stage, plan, typed);
    }

    /** Lists everything of one session: nothing is deleted until {@link #erase()}. */
    public void planSession(ConnectionSettings connection, String bucket, String prefix, String sessionId) {
        plan(connection, planner -> planner.planSession(bucket, prefix, sessionId), bucket, prefix);
    }

    /** Lists every session folder older than the age (days) under the prefix: the purge's dry run. */
    public void planPurge(ConnectionSettings connection, String bucket, String prefix, String age) {
        Duration olderThan;
        try {
            olderThan = RetentionAge.parse(age);
        } catch (IllegalArgumentException refused) {
            fail(refused.getMessage());
            return;
        }
        plan(connection, planner -> planner.planPurge(bucket, prefix, olderThan, clock.instant()), bucket, prefix);
    }

    private interface Planning {
        ErasurePlan make(ErasurePlanner planner) throws Exception;
    }

    private void plan(ConnectionSettings connection, Planning planning, String bucket, String prefix) {
        Optional<ErasureTarget> found = services.targets().apply(connection);
        if (found.isEmpty()) {
            fail(ErasureWords.get("unsupported"));
            return;
        }
        target = found.get();
        reset();
        stage.set(Stage.PLANNING);
        note.set(ErasureWords.get("planning"));
        ErasurePlanner planner = new ErasurePlanner(target, services.history(), services.campaigns(),
                services.reviews());
        String normalizedPrefix = dev.livenessdesk.core.erasure.SessionFolderGuard.normalizePrefix(prefix);
        tasks.job(context -> new Planned(planning.make(planner), services.journal().unfinished().stream()
                        .filter(run -> run.bucket().equals(bucket) && run.prefix().equals(normalizedPrefix))
                        .findFirst()))
                .onSuccess(planned -> {
                    plan.set(planned.plan());
                    summary.set(PlanText.summary(planned.plan()));
                    lines.setAll(PlanText.lines(planned.plan()));
                    expected.set(TypedConfirmation.expected(planned.plan()));
                    unfinished.set(planned.unfinished().orElse(null));
                    note.set(planned.plan().isEmpty() ? ErasureWords.get("nothing") : "");
                    stage.set(Stage.PLANNED);
                })
                .onFailure(this::failed)
                .start();
    }

    private record Planned(ErasurePlan plan, Optional<JournalRun> unfinished) {
    }

    /** Deletes what the plan shows; only when the typed confirmation matches. */
    public void erase() {
        if (!canErase.get()) {
            return;
        }
        ErasurePlan shown = plan.get();
        run(eraser -> eraser.run(shown, receiptInBucket.get(), (done, total, words) -> { }, stopAsked::get));
    }

    /** Finishes the stopped run the journal holds for this bucket and prefix. */
    public void resume() {
        JournalRun run = unfinished.get();
        if (run == null || target == null) {
            return;
        }
        run(eraser -> eraser.resume(run.runId(), receiptInBucket.get(), (done, total, words) -> { },
                stopAsked::get));
    }

    private interface Erasing {
        Eraser.Outcome run(ProgressReporting eraser) throws Exception;
    }

    private void run(Erasing erasing) {
        stopAsked.set(false);
        stage.set(Stage.ERASING);
        progress.set(0);
        note.set(ErasureWords.get("erasing"));
        tasks.job(context -> {
            Eraser eraser = new Eraser(target, services.journal(), services.history(), services.campaigns(),
                    services.reviews(), wait -> Thread.sleep(wait.toMillis()), clock, services.deskVersion());
            return erasing.run(new ProgressReporting(eraser, context));
        }).onProgress(progress::set).onMessage(note::set).onSuccess(this::finished).onFailure(this::failed).start();
    }

    /** Stops after the batch being sent; what went so far is in the receipt, the rest can be resumed. */
    public void cancel() {
        stopAsked.set(true);
        note.set(ErasureWords.get("stopping"));
    }

    private void finished(Eraser.Outcome result) {
        ErasureReceipt receipt = result.receipt();
        runId = receipt.runId();
        String headline = result.stopped() ? ErasureWords.get("done.stopped", receipt.erased().size(),
                receipt.remaining().size()) : receipt.complete() ? ErasureWords.get("done.complete",
                receipt.erased().size(), receipt.sessionIds().size()) : ErasureWords.get("done.incomplete",
                receipt.erased().size(), receipt.remaining().size());
        String copy = result.bucketCopyKey().map(key -> ErasureWords.get("done.copy", key))
                .or(() -> result.bucketCopyProblem().map(why -> ErasureWords.get("done.copyFailed", why)))
                .orElse("");
        remaining.setAll(receipt.remaining().stream().map(ErasureViewModel::stillThere).toList());
        try {
            receiptJson.set(PrettyJson.writer(JSON).writeValueAsString(receipt.document()));
        } catch (JsonProcessingException e) {
            receiptJson.set(String.valueOf(receipt.document()));
        }
        outcome.set((headline + " " + copy).strip());
        progress.set(1);
        note.set("");
        stage.set(Stage.DONE);
    }

    private static String stillThere(NotDeleted still) {
        return ErasureWords.get("remaining.line", dev.livenessdesk.core.VisibleText.of(still.version().key()),
                dev.livenessdesk.core.VisibleText.of(still.version().versionId()), still.message());
    }

    private void failed(Throwable error) {
        String words = ServiceException.errorIn(error).map(e -> e.fullText())
                .orElseGet(() -> String.valueOf(error.getMessage()));
        fail(stage.get() == Stage.ERASING ? ErasureWords.get("failed.erasing", words) : words);
    }

    private void fail(String words) {
        problem.set(words);
        note.set("");
        stage.set(Stage.FAILED);
    }

    private void reset() {
        plan.set(null);
        summary.set("");
        lines.clear();
        typed.set("");
        expected.set("");
        outcome.set("");
        remaining.clear();
        receiptJson.set("");
        problem.set("");
        unfinished.set(null);
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<ErasurePlan> planProperty() {
        return plan;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public StringProperty expectedProperty() {
        return expected;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanProperty receiptInBucketProperty() {
        return receiptInBucket;
    }

    public BooleanBinding canEraseProperty() {
        return canErase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public ObservableList<String> remaining() {
        return remaining;
    }

    public StringProperty receiptJsonProperty() {
        return receiptJson;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<JournalRun> unfinishedProperty() {
        return unfinished;
    }

    /** The last run's id, once it ended. */
    public Optional<String> runId() {
        return Optional.ofNullable(runId);
    }
}
