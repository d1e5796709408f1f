package dev.livenessdesk.ui.setup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.erasure.RetentionAge;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.core.erasure.RetentionProposal;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.json.PrettyJson;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lifecycle row's fix: the desk's retention rule for the bucket's prefix proposed from the bucket's rules as
 * they are, shown as S3's JSON with what happens to the other rules, and applied (exactly as shown) only once the
 * bucket's name is typed back. Changing the days asks for a new proposal. Touch it on the FX thread only.
 */
public final class RetentionFixViewModel {

    /** Where the fix is. */
    public enum Stage { ASKING, READING, PROPOSED, APPLYING, APPLIED, FAILED }

    static final int DEFAULT_DAYS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskRunner tasks;
    private final RetentionChanges changes;
    private final String bucket;
    private final String prefix;
    private final Runnable afterApply;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.ASKING);
    private final ObjectProperty<RetentionProposal> proposal = new SimpleObjectProperty<>();
    private final StringProperty days = new SimpleStringProperty(String.valueOf(DEFAULT_DAYS));
    private final StringProperty ruleJson = new SimpleStringProperty("");
    private final StringProperty merge = new SimpleStringProperty("");
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanProperty receiptInBucket = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty receiptJson = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding canApply;
    private TaskHandle handle = TaskHandle.DONE;

    /** @param afterApply runs once the rule is written (the checklist checks again) */
    public RetentionFixViewModel(TaskRunner tasks, RetentionChanges changes, String bucket, String prefix,
                                 Runnable afterApply) {
        this.tasks = tasks;
        this.changes = changes;
        this.bucket = bucket;
        this.prefix = prefix;
        this.afterApply = afterApply;
        canApply = Bindings.createBooleanBinding(() -> stage.get() == Stage.PROPOSED && proposal.get() != null
                && proposal.get().confirmedBy(typed.get()), stage, proposal, typed);
        // A proposal is for the days it was made with: other days need a new one before anything is applied.
        days.addListener((observable, before, now) -> {
            if (stage.get() == Stage.PROPOSED || stage.get() == Stage.FAILED) {
                forget();
                stage.set(Stage.ASKING);
            }
        });
    }

    public String bucket() {
        return bucket;
    }

    public String prefix() {
        return prefix;
    }

    /** Reads the bucket's rules and proposes the desk's rule for the typed days; nothing is written. */
    public void propose() {
        int wanted;
        try {
            wanted = Math.toIntExact(RetentionAge.parse(days.get()).toDays());
        } catch (IllegalArgumentException refused) {
            fail(refused.getMessage());
            return;
        }
        handle.cancel();
        forget();
        stage.set(Stage.READING);
        handle = tasks.job(context -> changes.propose(bucket, prefix, wanted))
                .onSuccess(this::proposed)
                .onFailure(this::failed)
                .start();
    }

    /** Writes the proposal shown, when the bucket's name was typed back. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        RetentionProposal shown = proposal.get();
        String confirmation = typed.get();
        boolean copy = receiptInBucket.get();
        stage.set(Stage.APPLYING);
        handle = tasks.job(context -> changes.apply(shown, confirmation, copy))
                .onSuccess(this::applied)
                .onFailure(this::failed)
                .start();
    }

    public void cancel() {
        handle.cancel();
    }

    private void proposed(RetentionProposal made) {
        proposal.set(made);
        ruleJson.set(json(made.rule().document()));
        merge.set(mergeWords(made));
        stage.set(Stage.PROPOSED);
    }

    private void applied(RetentionChanges.Outcome done) {
        String where = done.bucketCopyKey().map(key -> " " + SetupChecklistViewModel.WORDS.get("retention.copyIn", key))
                .orElse(done.bucketCopyProblem().map(why -> " "
                        + SetupChecklistViewModel.WORDS.get("retention.copyFailed", why)).orElse(""));
        outcome.set(SetupChecklistViewModel.WORDS.get("retention.applied", VisibleText.of(done.receipt().rule().id()),
                bucket) + where);
        receiptJson.set(json(done.receipt().document()));
        stage.set(Stage.APPLIED);
        afterApply.run();
    }

    private void failed(Throwable error) {
        fail(ServiceException.errorIn(error).map(e -> e.fullText()).orElseGet(() -> String.valueOf(error.getMessage())));
    }

    private void fail(String words) {
        problem.set(words);
        stage.set(Stage.FAILED);
    }

    private void forget() {
        proposal.set(null);
        ruleJson.set("");
        merge.set("");
        typed.set("");
        problem.set("");
    }

    /** What the write does to the bucket's rule set, in words; rule ids come from the bucket and are shown escaped. */
    static String mergeWords(RetentionProposal made) {
        List<String> lines = new ArrayList<>();
        if (made.merge().kept().isEmpty()) {
            lines.add(SetupChecklistViewModel.WORDS.get("retention.noOtherRules", made.bucket()));
        } else {
            lines.add(SetupChecklistViewModel.WORDS.get("retention.kept", made.merge().kept().size(),
                    String.join(", ", made.merge().kept().stream().map(VisibleText::of).toList())));
        }
        made.merge().replaced().ifPresent(id ->
                lines.add(SetupChecklistViewModel.WORDS.get("retention.replaces", VisibleText.of(id))));
        made.merge().notes().forEach(lines::add);
        return String.join("\n", lines);
    }

    private static String json(Map<String, Object> document) {
        try {
            return PrettyJson.writer(JSON).writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The rule could not be written as JSON", e);
        }
    }

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObjectProperty<RetentionProposal> proposalProperty() {
        return proposal;
    }

    public StringProperty daysProperty() {
        return days;
    }

    public StringProperty ruleJsonProperty() {
        return ruleJson;
    }

    public StringProperty mergeProperty() {
        return merge;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanProperty receiptInBucketProperty() {
        return receiptInBucket;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public StringProperty receiptJsonProperty() {
        return receiptJson;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
