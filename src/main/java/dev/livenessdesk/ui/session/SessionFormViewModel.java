package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.FailedAttempt;
import dev.livenessdesk.core.session.FieldProblem;
import dev.livenessdesk.core.session.LivenessRegions;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.ValidationResult;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.FieldMessage;
import dev.livenessdesk.ui.common.Notifier;
import dev.livenessdesk.ui.common.ProfileChoices;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The session form: what the user typed, what is wrong with it, and the create request's progress and outcome.
 * All state is JavaFX properties (touched on the FX thread only); blocking work goes through the TaskRunner.
 */
public final class SessionFormViewModel {

    /** Where the form is in its life; the view shows the matching panel. */
    public enum Phase { READY, CREATING, CREATED, FAILED }

    static final String BUNDLE = "dev.livenessdesk.ui.session.SessionForm";
    private static final Duration CLOSING_SOON = Duration.ofSeconds(60);
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ResourceBundle text = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    private final SessionSettingsValidator validator = new SessionSettingsValidator();
    private final TaskRunner tasks;
    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;
    private final PreferencesStore preferences;
    private final ClipboardService clipboard;
    private final Notifier notifier;
    private final Clock clock;

    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty(LivenessRegions.DEFAULT);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty keyPrefix = new SimpleStringProperty("");
    private final ObjectProperty<Integer> auditImagesLimit = new SimpleObjectProperty<>(0);
    private final StringProperty kmsKeyId = new SimpleStringProperty("");
    private final ObjectProperty<ChallengeType> challengeType = new SimpleObjectProperty<>(ChallengeType.DEFAULT);
    private final StringProperty challengeMinVersion = new SimpleStringProperty("");
    private final StringProperty challengeMaxVersion = new SimpleStringProperty("");
    private final StringProperty clientRequestToken = new SimpleStringProperty("");
    private final ObservableList<String> regionChoices = FXCollections.observableArrayList(LivenessRegions.SUPPORTED);
    private final ObservableList<String> profileChoices = FXCollections.observableArrayList("");

    private final Map<SessionField, ReadOnlyObjectWrapper<FieldMessage>> messages = new EnumMap<>(SessionField.class);
    private final Set<SessionField> checkedFields = EnumSet.noneOf(SessionField.class);
    private final ReadOnlyObjectWrapper<SessionField> fieldToFocus = new ReadOnlyObjectWrapper<>();

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.READY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CreatedSession> lastCreated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionSettings> lastConnection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sessionId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createdAtLocal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper createdAtUtc = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper startWindowClosing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper startWindowExpired = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorNextStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ticketDetails = new ReadOnlyStringWrapper("");

    private ProfileChoices profileCatalog = ProfileChoices.NONE;
    private ActiveConnection activeConnection;
    private boolean checkStarted;
    private boolean regionRemembered;
    private TaskHandle running = TaskHandle.DONE;

    public SessionFormViewModel(TaskRunner tasks, Function<ConnectionSettings, LivenessSessions> sessionsFor,
                                ProfileCatalog profiles, PreferencesStore preferences, ClipboardService clipboard,
                                Notifier notifier, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks);
        this.sessionsFor = Objects.requireNonNull(sessionsFor);
        this.preferences = Objects.requireNonNull(preferences);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.notifier = Objects.requireNonNull(notifier);
        this.clock = Objects.requireNonNull(clock);
        for (SessionField field : SessionField.values()) {
            messages.put(field, new ReadOnlyObjectWrapper<>(FieldMessage.NONE));
        }
        restore(preferences.current());
        profile.addListener((obs, old, now) -> followProfileRegion());
        loadProfiles(profiles);
    }

    // ---- the form ---------------------------------------------------------------------------------------------

    /** The chosen AWS profile; "" means the SDK's default chain. */
    public StringProperty profileProperty() { return profile; }
    public StringProperty regionProperty() { return region; }
    public StringProperty bucketProperty() { return bucket; }
    public StringProperty keyPrefixProperty() { return keyPrefix; }
    public ObjectProperty<Integer> auditImagesLimitProperty() { return auditImagesLimit; }
    public StringProperty kmsKeyIdProperty() { return kmsKeyId; }
    public ObjectProperty<ChallengeType> challengeTypeProperty() { return challengeType; }
    public StringProperty challengeMinVersionProperty() { return challengeMinVersion; }
    public StringProperty challengeMaxVersionProperty() { return challengeMaxVersion; }
    public StringProperty clientRequestTokenProperty() { return clientRequestToken; }
    public ObservableList<String> regionChoices() { return regionChoices; }
    /** Profile names, "" (the default chain) first. */
    public ObservableList<String> profileChoices() { return profileChoices; }

    /** How the picker shows a profile: its name, or "(default chain)" for "". */
    public String profileLabel(String name) {
        return name == null || name.isEmpty() ? text.getString("profile.defaultChain") : name;
    }

    /** "dev · eu-west-1": the connection the next create would use, for the status bar. */
    public StringBinding connectionSummary() {
        return Bindings.createStringBinding(() -> profileLabel(profile.get()) + " · " + trimmed(region.get()),
                profile, region);
    }

    /** The message under a field; empty until the user has been through the field or pressed Create. */
    public ReadOnlyObjectProperty<FieldMessage> messageProperty(SessionField field) {
        return messages.get(field).getReadOnlyProperty();
    }

    /** Set to the first field with an error when Create finds errors, so the view can focus it. */
    public ReadOnlyObjectProperty<SessionField> fieldToFocusProperty() {
        return fieldToFocus.getReadOnlyProperty();
    }

    /** The user paused typing in (or left) a field: check it, and refresh the fields already shown. */
    public void checkField(SessionField field) {
        checkedFields.add(field);
        showProblems(validator.validate(draft()));
    }

    public SessionDraft draft() {
        return SessionDraft.builder().region(region.get()).bucket(bucket.get()).keyPrefix(keyPrefix.get())
                .auditImagesLimit(auditImagesLimit.get() == null ? 0 : auditImagesLimit.get())
                .kmsKeyId(kmsKeyId.get()).challengeType(challengeType.get())
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

    /**
     * Checks every field; with errors it marks them all and asks the view to focus the first, otherwise it
     * starts the create request in the background. Returns whether a request started.
     */
    public boolean createSession() {
        if (phase.get() == Phase.CREATING) {
            return false;
        }
        checkedFields.addAll(EnumSet.allOf(SessionField.class));
        ValidationResult result = validator.validate(draft());
        showProblems(result);
        if (!result.isValid()) {
            fieldToFocus.set(null);
            fieldToFocus.set(result.firstError().map(FieldProblem::field).orElse(null));
            status.set(format("status.fixErrors", result.errors().size()));
            return false;
        }
        SessionSettings settings = result.settings().orElseThrow();
        ConnectionSettings connection = connectionFor(settings.region());
        clearOutcome();
        phase.set(Phase.CREATING);
        status.set(text.getString("status.creating"));
        running = tasks.job(context -> sessionsFor.apply(connection).create(settings,
                        (attempt, maxAttempts, previousFailure) ->
                                context.updateMessage(attemptMessage(attempt, maxAttempts, previousFailure))))
                .onMessage(message -> {
                    if (phase.get() == Phase.CREATING && !message.isEmpty()) {
                        status.set(message);
                    }
                })
                .onSuccess(created -> succeeded(created, connection))
                .onFailure(this::failed)
                .onCancelled(this::cancelled)
                .start();
        return true;
    }

    public void cancel() {
        running.cancel();
    }

    /**
     * Keeps the form and the app's connection (the connection bar) in step: a profile or region chosen in either
     * shows in both, and a create uses the connection's endpoint overrides. Only region-shaped text is handed on,
     * so half-typed regions do not set off identity checks.
     */
    public void followConnection(ActiveConnection active) {
        this.activeConnection = Objects.requireNonNull(active);
        active.connectionProperty().addListener((obs, old, now) -> adopt(now));
        adopt(active.getConnection());
        profile.addListener((obs, old, now) -> publishConnection());
        region.addListener((obs, old, now) -> publishConnection());
        // A remembered choice is handed on at once; with none, the connection bar picks from the AWS files
        // (AWS_PROFILE, the default profile, the sandbox) and the form follows it.
        boolean remembered = (profile.get() != null && !profile.get().isBlank()) || regionRemembered;
        if (remembered || active.getConnection() != null) {
            publishConnection();
        }
    }

    private void adopt(ConnectionSettings connection) {
        if (connection == null) {
            return;
        }
        String profileName = connection.profile().orElse("");
        if (!profileName.equals(profile.get())) {
            profile.set(profileName);
        }
        if (!connection.region().equals(region.get())) {
            region.set(connection.region());
        }
    }

    private void publishConnection() {
        String typed = region.get() == null ? "" : region.get().strip();
        if (activeConnection == null || !LivenessRegions.looksLikeRegion(typed)) {
            return;
        }
        ConnectionSettings wanted = connectionFor(typed);
        if (!wanted.equals(activeConnection.getConnection())) {
            activeConnection.setConnection(wanted);
        }
    }

    /** The form's profile and a region, with the endpoint overrides of the app's connection when there is one. */
    private ConnectionSettings connectionFor(String regionName) {
        ConnectionSettings base = activeConnection == null ? null : activeConnection.getConnection();
        Optional<String> profileName = Optional.ofNullable(profile.get()).filter(p -> !p.isBlank());
        return base == null
                ? new ConnectionSettings(profileName, regionName, Optional.empty(), Optional.empty())
                : new ConnectionSettings(profileName, regionName, base.rekognitionEndpoint(), base.s3Endpoint());
    }

    // ---- the outcome ------------------------------------------------------------------------------------------

    /** The session last created, for the viewer and the history; its connection is set just before it. */
    public ReadOnlyObjectProperty<CreatedSession> lastCreatedProperty() { return lastCreated.getReadOnlyProperty(); }

    /** The connection (profile, region) the last created session was made with. */
    public ReadOnlyObjectProperty<ConnectionSettings> lastConnectionProperty() {
        return lastConnection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionIdProperty() { return sessionId.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdAtLocalProperty() { return createdAtLocal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty createdAtUtcProperty() { return createdAtUtc.getReadOnlyProperty(); }
    /** "2:59 left to start the check", then "Expired: create a new session". */
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    /** Under a minute left: the view turns the countdown amber. */
    public ReadOnlyBooleanProperty startWindowClosingProperty() { return startWindowClosing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty startWindowExpiredProperty() { return startWindowExpired.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorNextStepProperty() { return errorNextStep.getReadOnlyProperty(); }
    /** "Code: AccessDeniedException | HTTP 400 | Request id: ...", selectable for a ticket. */
    public ReadOnlyStringProperty ticketDetailsProperty() { return ticketDetails.getReadOnlyProperty(); }

    /**
     * The service says the check of this session began (or ended): the start window no longer matters, so the
     * countdown says so instead of counting on.
     */
    public void sessionStarted(String startedSessionId) {
        CreatedSession created = lastCreated.get();
        if (created != null && created.sessionId().equals(startedSessionId) && !checkStarted) {
            checkStarted = true;
            startWindowClosing.set(false);
            startWindowExpired.set(false);
            countdown.set(text.getString("result.started"));
        }
    }

    /** Recomputes the countdown from the clock; the view calls it every second while a session is shown. */
    public void refreshCountdown() {
        CreatedSession created = lastCreated.get();
        if (created == null || phase.get() != Phase.CREATED || checkStarted) {
            return;
        }
        Duration left = created.timeLeftToStart(clock.instant());
        boolean expired = left.isZero();
        startWindowExpired.set(expired);
        startWindowClosing.set(!expired && left.compareTo(CLOSING_SOON) < 0);
        long seconds = (left.toMillis() + 999) / 1000;
        countdown.set(expired ? text.getString("result.expired")
                : format("result.countdown", String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60)));
    }

    public void copySessionId() {
        if (!sessionId.get().isEmpty()) {
            clipboard.copyText(sessionId.get());
            status.set(text.getString("status.copied"));
        }
    }

    public void copyTicketDetails() {
        if (!ticketDetails.get().isEmpty()) {
            clipboard.copyText(errorMessage.get() + System.lineSeparator() + ticketDetails.get());
            status.set(text.getString("status.ticketCopied"));
        }
    }

    /** The form's remembered part of the preferences (never the token or the KMS key id). */
    public UserPreferences rememberIn(UserPreferences current) {
        return current.withForm(profile.get(), trimmed(region.get()), trimmed(bucket.get()), keyPrefix.get(),
                auditImagesLimit.get() == null ? 0 : auditImagesLimit.get());
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private void succeeded(CreatedSession created, ConnectionSettings connection) {
        checkStarted = false;
        phase.set(Phase.CREATED);
        sessionId.set(created.sessionId());
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.getDefault())
                .withZone(clock.getZone());
        createdAtLocal.set(local.format(created.createdAt()));
        createdAtUtc.set(UTC_TIME.format(created.createdAt()));
        lastConnection.set(connection);
        lastCreated.set(created);
        refreshCountdown();
        status.set(format("status.created", connection.region()));
        notifier.success(text.getString("notify.created.title"),
                format("notify.created.text", created.sessionId()));
        UserPreferences remembered = rememberIn(preferences.current());
        tasks.job(context -> {
            preferences.update(current -> remembered.withWindow(current.window()));
            return null;
        }).start();
    }

    private void failed(Throwable failure) {
        ServiceError error = ServiceException.errorIn(failure).orElseGet(() -> ServiceError.of(ErrorKind.UNKNOWN,
                format("error.unexpected", String.valueOf(failure.getMessage())),
                text.getString("error.unexpected.next")));
        if (error.kind() == ErrorKind.CANCELLED) {
            cancelled();
            return;
        }
        phase.set(Phase.FAILED);
        errorMessage.set(error.message());
        errorNextStep.set(error.nextStep());
        ticketDetails.set(error.ticketDetails());
        status.set(text.getString("status.failed"));
    }

    private void cancelled() {
        phase.set(Phase.READY);
        status.set(text.getString("status.cancelled"));
    }

    private void clearOutcome() {
        sessionId.set("");
        createdAtLocal.set("");
        createdAtUtc.set("");
        countdown.set("");
        startWindowClosing.set(false);
        startWindowExpired.set(false);
        errorMessage.set("");
        errorNextStep.set("");
        ticketDetails.set("");
    }

    String attemptMessage(int attempt, int maxAttempts, FailedAttempt previousFailure) {
        if (attempt <= 1) {
            return text.getString("status.creating");
        }
        return format("status.retrying", reasonOf(previousFailure), attempt, maxAttempts);
    }

    private String reasonOf(FailedAttempt previousFailure) {
        if (previousFailure == null) {
            return text.getString("retry.failed");
        }
        return switch (previousFailure.kind()) {
            case THROTTLED -> text.getString("retry.throttled");
            case SERVICE_ERROR -> text.getString("retry.serviceError");
            default -> previousFailure.code().isBlank() ? text.getString("retry.failed")
                    : format("retry.other", previousFailure.code());
        };
    }

    private void showProblems(ValidationResult result) {
        for (SessionField field : SessionField.values()) {
            List<FieldProblem> problems = checkedFields.contains(field) ? result.problemsOf(field) : List.of();
            messages.get(field).set(problems.isEmpty() ? FieldMessage.NONE : toMessage(problems.get(0)));
        }
    }

    private static FieldMessage toMessage(FieldProblem problem) {
        return problem.isError() ? FieldMessage.error(problem.message()) : FieldMessage.warning(problem.message());
    }

    private void restore(UserPreferences remembered) {
        Optional.ofNullable(remembered.profile()).ifPresent(profile::set);
        remembered.rememberedRegion().ifPresent(r -> {
            region.set(r);
            regionRemembered = true;
        });
        Optional.ofNullable(remembered.bucket()).ifPresent(bucket::set);
        Optional.ofNullable(remembered.keyPrefix()).ifPresent(keyPrefix::set);
        Optional.ofNullable(remembered.auditImagesLimit()).filter(n -> n >= 0 && n <= 4)
                .ifPresent(auditImagesLimit::set);
    }

    private void loadProfiles(ProfileCatalog catalog) {
        tasks.job(context -> ProfileChoices.readFrom(catalog))
                .onSuccess(choices -> {
                    profileCatalog = choices;
                    String chosen = profile.get();
                    profileChoices.addAll(choices.names());
                    if (!chosen.isEmpty() && !choices.names().contains(chosen)) {
                        profile.set("");
                    }
                    if (!regionRemembered) {
                        followProfileRegion();
                    }
                })
                .onFailure(error -> status.set(text.getString("status.profilesUnreadable")))
                .start();
    }

    /** Preselects the profile's region unless the user already chose one. */
    private void followProfileRegion() {
        if (!checkedFields.contains(SessionField.REGION)) {
            region.set(LivenessRegions.preselect(profileCatalog.regionFor(profile.get())));
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text.getString(key), Locale.getDefault()).format(args);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
