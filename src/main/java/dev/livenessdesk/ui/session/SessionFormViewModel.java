package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.ValidationResult;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.FieldMessage;
import dev.livenessdesk.ui.common.Notifier;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session form: what the user typed, what is wrong with it, and the create request's progress. The Region
 * field is the one place to choose the region: it shows the app's connection and hands a typed region to the
 * connection chooser. The outcome lives in {@link SessionCardViewModel}, the field messages in
 * {@link SessionFieldChecks}. All state is JavaFX properties (FX thread
 * only); blocking work goes through the TaskRunner.
 */
public final class SessionFormViewModel {

    /** Where the form is in its life; the view shows the matching panel. */
    public enum Phase { READY, CREATING, CREATED, FAILED }

    static final Words WORDS = new Words("dev.livenessdesk.ui.session.SessionForm");

    /** What the form stands on: the app builds these once, tests their own. */
    public record Services(TaskRunner tasks, Function<ConnectionSettings, LivenessSessions> sessionsFor,
                           PreferencesStore preferences, ClipboardService clipboard, Notifier notifier,
                           Clock clock) {
        public Services {
            Objects.requireNonNull(tasks);
            Objects.requireNonNull(sessionsFor);
            Objects.requireNonNull(preferences);
            Objects.requireNonNull(clipboard);
            Objects.requireNonNull(notifier);
            Objects.requireNonNull(clock);
        }
    }

    private final SessionFieldChecks checks = new SessionFieldChecks();
    private final Services services;
    private final ActiveConnection active;
    private final Consumer<String> chooseRegion;
    private final SessionCardViewModel card;

    private final StringProperty region = new SimpleStringProperty(LivenessRegions.DEFAULT);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty keyPrefix = new SimpleStringProperty("");
    private final StringProperty auditImagesText = new SimpleStringProperty("0");
    private final StringProperty kmsKeyId = new SimpleStringProperty("");
    private final ObjectProperty<ChallengeType> challengeType = new SimpleObjectProperty<>(ChallengeType.DEFAULT);
    private final StringProperty challengeMinVersion = new SimpleStringProperty("");
    private final StringProperty challengeMaxVersion = new SimpleStringProperty("");
    private final StringProperty clientRequestToken = new SimpleStringProperty("");
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList(LivenessRegions.SUPPORTED);

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SessionCreated> lastCreated = new ReadOnlyObjectWrapper<>();
    private TaskHandle running = TaskHandle.DONE;

    /**
     * @param active       the app's connection, read only: a create uses its profile and endpoints
     * @param chooseRegion the connection chooser, told when the Region field holds a region id
     */
    public SessionFormViewModel(Services services, ActiveConnection active, Consumer<String> chooseRegion) {
        this.services = Objects.requireNonNull(services);
        this.active = Objects.requireNonNull(active);
        this.chooseRegion = Objects.requireNonNull(chooseRegion);
        this.card = new SessionCardViewModel(services.clipboard(), services.clock());
        restore(services.preferences().current());
        showRegionOf(active.getConnection());
        active.connectionProperty().addListener((obs, old, now) -> showRegionOf(now));
        // Equal values stop here, so showing the connection's region does not hand it back.
        region.addListener((obs, old, typed) -> chooseRegion.accept(typed));
    }

    private void showRegionOf(ConnectionSettings connection) {
        if (connection != null) {
            region.set(connection.region());
        }
    }

    // ---- the form ---------------------------------------------------------------------------------------------

    public StringProperty regionProperty() { return region; }
    public StringProperty bucketProperty() { return bucket; }
    public StringProperty keyPrefixProperty() { return keyPrefix; }
    /** The audit images limit as typed (the spinner's arrows write it too); checked like every other field. */
    public StringProperty auditImagesTextProperty() { return auditImagesText; }
    public StringProperty kmsKeyIdProperty() { return kmsKeyId; }
    public ObjectProperty<ChallengeType> challengeTypeProperty() { return challengeType; }
    public StringProperty challengeMinVersionProperty() { return challengeMinVersion; }
    public StringProperty challengeMaxVersionProperty() { return challengeMaxVersion; }
    public StringProperty clientRequestTokenProperty() { return clientRequestToken; }
    public ObservableList<String> regionChoices() { return regionChoices; }

    /** The message under a field; empty until the user has been through the field or pressed Create. */
    public ReadOnlyObjectProperty<FieldMessage> messageProperty(SessionField field) {
        return checks.messageProperty(field);
    }

    /** Set to the first field with an error when Create finds errors, so the view can focus it. */
    public ReadOnlyObjectProperty<SessionField> fieldToFocusProperty() {
        return checks.fieldToFocusProperty();
    }

    /** The user paused typing in (or left) a field: check it, and refresh the fields already shown. */
    public void checkField(SessionField field) {
        checks.check(field, draft());
    }

    public SessionDraft draft() {
        return SessionDraft.builder().region(region.get()).bucket(bucket.get()).keyPrefix(keyPrefix.get())
                .auditImagesLimit(auditImagesText.get()).kmsKeyId(kmsKeyId.get()).challengeType(challengeType.get())
                .challengeMinVersion(challengeMinVersion.get()).challengeMaxVersion(challengeMaxVersion.get())
                .clientRequestToken(clientRequestToken.get()).build();
    }

    // ---- creating ---------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }

    public BooleanBinding creatingBinding() {
        return phase.isEqualTo(Phase.CREATING);
    }

    /** What is going on, in one line: "Creating session…", "Throttled, retrying (attempt 2 of 4)…". */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The cards under the form: the session created, or why the last Create failed. */
    public SessionCardViewModel card() { return card; }

    /** The session last created with its connection, for the results, the viewer and the history. */
    public ReadOnlyObjectProperty<SessionCreated> lastCreatedProperty() { return lastCreated.getReadOnlyProperty(); }

    /**
     * Checks every field; with errors it marks them all and asks the view to focus the first, otherwise it
     * starts the create request in the background. Returns whether a request started.
     */
    public boolean createSession() {
        if (phase.get() == Phase.CREATING) {
            return false;
        }
        card.newAttempt();
        ValidationResult result = checks.checkAll(draft());
        if (!result.isValid()) {
            status.set(WORDS.get("status.fixErrors", result.errors().size()));
            return false;
        }
        if (active.getConnection() == null) {
            status.set(WORDS.get("status.noConnection"));
            return false;
        }
        SessionSettings settings = result.settings().orElseThrow();
        ConnectionSettings connection = active.getConnection().withRegion(settings.region());
        phase.set(Phase.CREATING);
        status.set(WORDS.get("status.creating"));
        running = services.tasks().job(context -> services.sessionsFor().apply(connection).create(settings,
                        (attempt, maxAttempts, previousFailure) ->
                                context.updateMessage(RetryWords.attemptMessage(attempt, maxAttempts, previousFailure))))
                .onMessage(message -> {
                    if (phase.get() == Phase.CREATING && !message.isEmpty()) {
                        status.set(message);
                    }
                })
                .onSuccess(created -> succeeded(new SessionCreated(created, connection)))
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
        return true;
    }

    public void cancel() {
        running.cancel();
    }

    /** The service says the check of this session began (or ended): the countdown says so instead of counting on. */
    public void sessionStarted(String startedSessionId) {
        card.sessionStarted(startedSessionId);
    }

    public void copySessionId() {
        if (card.copySessionId()) {
            status.set(WORDS.get("status.copied"));
        }
    }

    public void copyTicketDetails() {
        if (card.copyTicketDetails()) {
            status.set(WORDS.get("status.ticketCopied"));
        }
    }

    /**
     * The form's remembered part of the preferences (never the token or the KMS key id); the profile and region
     * are the connection's. The sandbox keeps the AWS choice as it was (profile, region, bucket and prefix), so the
     * next AWS window finds it and never lists a made-up sandbox bucket in S3.
     */
    public UserPreferences rememberIn(UserPreferences current) {
        ConnectionSettings connection = active.getConnection();
        if (active.isSandbox()) {
            return current;
        }
        boolean keepAws = connection == null;
        String profile = keepAws ? current.profile() : connection.profile().orElse("");
        String chosenRegion = keepAws ? current.region() : connection.region();
        return current.withForm(profile, chosenRegion, trimmed(bucket.get()), keyPrefix.get(),
                rememberedAuditLimit(current));
    }

    private int rememberedAuditLimit(UserPreferences current) {
        Optional<Integer> typed = checks.validate(draft()).settings().map(SessionSettings::auditImagesLimit);
        return typed.orElse(current.auditImagesLimit() == null ? 0 : current.auditImagesLimit());
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private void succeeded(SessionCreated created) {
        phase.set(Phase.CREATED);
        card.showCreated(created.session());
        lastCreated.set(created);
        status.set(WORDS.get("status.created", created.connection().region()));
        CreatedSession session = created.session();
        services.notifier().success(WORDS.get("notify.created.title"),
                WORDS.get("notify.created.text", session.sessionId()));
        UserPreferences remembered = rememberIn(services.preferences().current());
        services.tasks().job(context -> {
            services.preferences().update(current -> remembered.withWindow(current.window()));
            return null;
        }).start();
    }

    private void failed(Throwable failure) {
        ServiceError error = ServiceException.errorIn(failure).orElseGet(() -> ServiceError.of(ErrorKind.UNKNOWN,
                WORDS.get("error.unexpected", String.valueOf(failure.getMessage())),
                WORDS.get("error.unexpected.next")));
        if (error.kind() == ErrorKind.CANCELLED) {
            cancelled();
            return;
        }
        phase.set(Phase.FAILED);
        card.showFailure(error);
        status.set(WORDS.get("status.failed"));
    }

    private void cancelled() {
        phase.set(Phase.READY);
        status.set(WORDS.get("status.cancelled"));
    }

    private void restore(UserPreferences remembered) {
        Optional.ofNullable(remembered.bucket()).ifPresent(bucket::set);
        Optional.ofNullable(remembered.keyPrefix()).ifPresent(keyPrefix::set);
        Optional.ofNullable(remembered.auditImagesLimit()).filter(n -> n >= 0 && n <= 4)
                .ifPresent(n -> auditImagesText.set(Integer.toString(n)));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
