package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.FieldProblem;
import dev.livenessdesk.core.session.ModelText;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.ValidationResult;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.core.sharing.SharedCampaign;
import dev.livenessdesk.core.sharing.TeamCampaigns;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import dev.livenessdesk.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Open from bucket": reads the team's records under a bucket and prefix, puts each campaign they name together
 * with this computer's (as {@code campaign report} does) and keeps it in the local store, then shows the campaigns
 * in the tab's choice. Whoever ran a session, it is listed with its tester. FX thread only; the reading and the
 * store go through the TaskRunner.
 */
public final class BucketCampaigns {

    /** Keys named in the status line when records are left out; the rest are counted. */
    private static final int NAMED_UNREADABLE = 3;

    /** What reading the records gave, for the FX thread. */
    private record Opened(List<SharedCampaign> opened, List<Campaign> all, List<String> unreadable) {
    }

    private final CampaignViewModel campaigns;
    private final TaskRunner tasks;
    private final CampaignStore store;
    private final Function<ConnectionSettings, Optional<SessionRecords>> recordsFor;
    private final Supplier<ConnectionSettings> currentConnection;
    private final StringProperty bucket = new SimpleStringProperty(this, "bucket", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading", false);
    private String suggested = "";

    /**
     * @param recordsFor the backend's records for a connection; empty where there is no S3 (the sandbox)
     */
    public BucketCampaigns(CampaignViewModel campaigns, TaskRunner tasks, CampaignStore store,
                           Function<ConnectionSettings, Optional<SessionRecords>> recordsFor,
                           Supplier<ConnectionSettings> currentConnection) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.tasks = Objects.requireNonNull(tasks);
        this.store = Objects.requireNonNull(store);
        this.recordsFor = Objects.requireNonNull(recordsFor);
        this.currentConnection = Objects.requireNonNull(currentConnection);
    }

    public StringProperty bucketProperty() { return bucket; }
    public StringProperty prefixProperty() { return prefix; }
    /** What the last open found, or why it could not: the line next to the action. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readingProperty() { return reading.getReadOnlyProperty(); }

    /**
     * Fills the fields with the session form's bucket and prefix, and follows the form's later changes, as long
     * as the tester has not typed other ones here.
     */
    public void suggest(String formBucket, String formPrefix) {
        String current = bucket.get() == null ? "" : bucket.get();
        if (current.isBlank() || current.equals(suggested)) {
            suggested = formBucket == null ? "" : formBucket.strip();
            bucket.set(suggested);
            prefix.set(formPrefix == null ? "" : formPrefix);
        }
    }

    /** Reads the records in the background; false when the fields or the backend refuse at once (said in status). */
    public boolean open() {
        if (reading.get()) {
            return false;
        }
        String where = ModelText.strip(bucket.get() == null ? "" : bucket.get());
        String under = prefix.get() == null ? "" : prefix.get().strip();
        Optional<String> problem = problem(where, under);
        if (problem.isPresent()) {
            status.set(problem.get());
            return false;
        }
        ConnectionSettings connection = currentConnection.get();
        Optional<SessionRecords> records = connection == null ? Optional.empty() : recordsFor.apply(connection);
        if (records.isEmpty()) {
            status.set(CampaignText.get(connection == null ? "bucket.noConnection" : "bucket.sandbox"));
            return false;
        }
        reading.set(true);
        status.set(CampaignText.get("bucket.reading", location(where, under)));
        tasks.job(context -> {
            RecordScan scan = records.get().readAll(where, under);
            List<SharedCampaign> opened = TeamCampaigns.keep(store, scan);
            return new Opened(opened, store.campaigns(), scan.unreadable());
        }).onSuccess(found -> {
            reading.set(false);
            show(found, location(where, under));
        }).onFailure(error -> {
            reading.set(false);
            status.set(CampaignText.get("bucket.failed", location(where, under), failure(error)));
        }).start();
        return true;
    }

    private void show(Opened found, String location) {
        String unreadable = found.unreadable().isEmpty() ? "" : " " + unreadableText(found.unreadable());
        if (found.opened().isEmpty()) {
            status.set(CampaignText.get("bucket.none", location) + unreadable);
            return;
        }
        campaigns.campaigns().setAll(found.all());
        Campaign shown = campaigns.campaignProperty().get();
        Campaign first = found.opened().get(0).campaign();
        Campaign choose = found.opened().stream().map(SharedCampaign::campaign)
                .filter(c -> shown != null && CampaignNames.same(c.name(), shown.name())).findFirst().orElse(first);
        Campaign kept = found.all().stream().filter(c -> CampaignNames.same(c.name(), choose.name())).findFirst()
                .orElse(choose);
        // Cleared first so the sessions are read again even when the opened campaign is the one already shown.
        campaigns.campaignProperty().set(null);
        campaigns.campaignProperty().set(kept);
        int sessions = found.opened().stream().mapToInt(c -> c.sessions().size()).sum();
        String names = found.opened().stream().map(c -> "\u2018" + c.campaign().name() + "\u2019")
                .collect(Collectors.joining(", "));
        status.set(CampaignText.get("bucket.opened", found.opened().size(), names, sessions, location) + unreadable);
    }

    /** How many records were left out and which (the first few keys, escaped: a key can hold any character). */
    private static String unreadableText(List<String> keys) {
        String named = keys.stream().limit(NAMED_UNREADABLE).map(VisibleText::of).collect(Collectors.joining(", "));
        return CampaignText.get("bucket.unreadable", keys.size(), named,
                Math.max(0, keys.size() - NAMED_UNREADABLE));
    }

    /** The bucket and prefix as the session form checks them: the same rules, the same words. */
    private static Optional<String> problem(String where, String under) {
        if (where.isEmpty()) {
            return Optional.of(CampaignText.get("bucket.missing"));
        }
        ValidationResult checked = new SessionSettingsValidator().validate(
                SessionDraft.builder().region("us-east-1").bucket(where).keyPrefix(under).build());
        return checked.problems().stream()
                .filter(p -> p.isError() && (p.field() == SessionField.BUCKET || p.field() == SessionField.KEY_PREFIX))
                .map(FieldProblem::describe).findFirst();
    }

    private static String location(String where, String under) {
        return "s3://" + where + "/" + under;
    }

    private static String failure(Throwable error) {
        return ServiceException.errorIn(error).map(e -> e.fullText()).orElseGet(() -> CampaignText.reason(error));
    }
}
