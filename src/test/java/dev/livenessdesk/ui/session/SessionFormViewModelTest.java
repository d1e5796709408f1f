package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.connection.EndpointResolver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.FailedAttempt;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.FieldMessage;
import dev.livenessdesk.ui.common.Notifier;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.ui.connection.ConnectionChoiceViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFormViewModelTest {

    private static final Instant CREATED_AT = Instant.parse("2025-03-04T10:15:30Z");

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(CREATED_AT, ZoneId.of("Europe/Berlin"));
    private final ScriptedLivenessSessions service = new ScriptedLivenessSessions(clock);
    private final List<String> copied = new ArrayList<>();
    private final List<String> notifications = new ArrayList<>();
    private JsonPreferencesStore preferences;
    private FixedProfileCatalog profiles;
    private ConnectionChoiceViewModel choice;

    @BeforeEach
    void setUp() {
        preferences = new JsonPreferencesStore(dataDir.resolve("preferences.json"));
        profiles = new FixedProfileCatalog(Map.of("default", "us-east-2", "dev", "eu-west-1", "ops", ""), "default",
                Optional.empty());
    }

    private SessionFormViewModel form(TaskRunner runner) {
        ClipboardService clipboard = copied::add;
        Notifier notifier = new Notifier() {
            @Override
            public void success(String title, String text) {
                notifications.add(title + ": " + text);
            }

            @Override
            public void failure(String title, String text) {
                notifications.add(title + ": " + text);
            }
        };
        // The real chooser: the form reads its connection and hands it the region it collects.
        ActiveConnection active = new ActiveConnection(false);
        UserPreferences remembered = preferences.current();
        choice = new ConnectionChoiceViewModel(active.claimWriter(), profiles, runner, (endpoint, warning) -> false, EndpointResolver.NONE,
                new ConnectionChoiceViewModel.Remembered(Optional.ofNullable(remembered.profile()),
                        remembered.rememberedRegion()));
        SessionFormViewModel form = new SessionFormViewModel(new SessionFormViewModel.Services(runner,
                service::forConnection, preferences, clipboard, notifier, clock), active, choice::chooseRegion);
        choice.start();
        return form;
    }

    private SessionFormViewModel form() {
        return form(new SynchronousTaskRunner());
    }

    @Test
    void offersEveryProfileWithTheDefaultChainAsThePrompt() {
        SessionFormViewModel form = form();

        assertThat(choice.profiles()).containsExactly("default", "dev", "ops");
        assertThat(form.regionChoices()).contains("us-east-1", "eu-west-1").doesNotContain("us-east-2");
    }

    @Test
    void preselectsAProfilesRegionOnlyWhereFaceLivenessIsOffered() {
        SessionFormViewModel form = form();
        assertThat(form.regionProperty().get()).as("default profile says us-east-2").isEqualTo("us-east-1");

        choice.profileProperty().set("dev");
        assertThat(form.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(choice.connectionSummary().get()).isEqualTo("dev · eu-west-1");
    }

    @Test
    void theEnvironmentRegionWinsForTheDefaultChain() {
        profiles = new FixedProfileCatalog(Map.of("default", "eu-west-1"), "default", Optional.of("ap-south-1"));
        SessionFormViewModel form = form();

        choice.profileProperty().set(null);

        assertThat(form.regionProperty().get()).isEqualTo("ap-south-1");
    }

    @Test
    void theRegionTypedInTheFormIsTheConnectionsRegion() {
        SessionFormViewModel form = form();

        form.regionProperty().set("eu-west-");
        assertThat(choice.active().getConnection().region()).as("half typed").isEqualTo("us-east-1");
        form.regionProperty().set("eu-west-1");

        assertThat(choice.active().getConnection()).isEqualTo(ConnectionSettings.of("default", "eu-west-1"));
    }

    @Test
    void restoresTheRememberedChoices() {
        preferences.update(p -> p.withForm("dev", "sa-east-1", "kept-bucket", "desk/", 2));

        SessionFormViewModel form = form();

        assertThat(choice.profileProperty().get()).isEqualTo("dev");
        assertThat(form.regionProperty().get()).isEqualTo("sa-east-1");
        assertThat(form.bucketProperty().get()).isEqualTo("kept-bucket");
        assertThat(form.keyPrefixProperty().get()).isEqualTo("desk/");
        assertThat(form.auditImagesTextProperty().get()).isEqualTo("2");
    }

    @Test
    void aRememberedProfileThatIsGoneFallsBackToTheDefaultProfile() {
        preferences.update(p -> p.withForm("deleted", "us-east-1", "", "", 0));

        form();

        assertThat(choice.profileProperty().get()).isEqualTo("default");
        assertThat(choice.noticeProperty().get()).contains("deleted").contains("default");
    }

    @Test
    void anAuditLimitTypedOutOfRangeGetsTheFieldsMessageAndBlocksCreate() {
        SessionFormViewModel form = form();
        form.bucketProperty().set("liveness-images");

        form.auditImagesTextProperty().set("7");
        form.checkField(SessionField.AUDIT_IMAGES_LIMIT);
        assertThat(form.messageProperty(SessionField.AUDIT_IMAGES_LIMIT).get().text())
                .isEqualTo("The audit images limit is a whole number from 0 to 4.");
        assertThat(form.createSession()).isFalse();

        form.auditImagesTextProperty().set("2");
        assertThat(form.createSession()).isTrue();
        assertThat(service.requests()).singleElement().satisfies(s -> assertThat(s.auditImagesLimit()).isEqualTo(2));
    }

    @Test
    void aFieldShowsItsMessageOnlyOnceChecked() {
        SessionFormViewModel form = form();
        form.bucketProperty().set("ab");
        assertThat(form.messageProperty(SessionField.BUCKET).get()).isEqualTo(FieldMessage.NONE);

        form.checkField(SessionField.BUCKET);
        FieldMessage message = form.messageProperty(SessionField.BUCKET).get();
        assertThat(message.severity()).isEqualTo(FieldMessage.Severity.ERROR);
        assertThat(message.text())
                .isEqualTo("Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'.");
        assertThat(form.messageProperty(SessionField.KEY_PREFIX).get()).as("untouched field").isEqualTo(
                FieldMessage.NONE);

        form.bucketProperty().set("liveness-images");
        form.checkField(SessionField.BUCKET);
        assertThat(form.messageProperty(SessionField.BUCKET).get()).isEqualTo(FieldMessage.NONE);
    }

    @Test
    void aCheckedPrefixFollowsTheBucket() {
        SessionFormViewModel form = form();
        form.keyPrefixProperty().set("sessions/");
        form.checkField(SessionField.KEY_PREFIX);
        assertThat(form.messageProperty(SessionField.KEY_PREFIX).get().text()).contains("needs a bucket");

        form.bucketProperty().set("liveness-images");
        form.checkField(SessionField.BUCKET);
        assertThat(form.messageProperty(SessionField.KEY_PREFIX).get()).isEqualTo(FieldMessage.NONE);
    }

    @Test
    void warningsAreShownButDoNotBlockCreate() {
        SessionFormViewModel form = form();
        form.regionProperty().set("us-east-2");
        form.bucketProperty().set("Legacy_Bucket");
        form.checkField(SessionField.REGION);
        form.checkField(SessionField.BUCKET);

        FieldMessage region = form.messageProperty(SessionField.REGION).get();
        assertThat(region.severity()).isEqualTo(FieldMessage.Severity.WARNING);
        assertThat(region.text()).startsWith("Face Liveness is not offered in us-east-2");
        assertThat(form.messageProperty(SessionField.BUCKET).get().severity())
                .isEqualTo(FieldMessage.Severity.WARNING);

        assertThat(form.createSession()).isTrue();
        assertThat(service.requests()).singleElement().satisfies(s -> {
            assertThat(s.region()).isEqualTo("us-east-2");
            assertThat(s.bucket()).contains("Legacy_Bucket");
        });
    }

    @Test
    void createWithErrorsMarksEveryOneAndAsksToFocusTheFirst() {
        SessionFormViewModel form = form();
        form.bucketProperty().set("ab");
        form.challengeMinVersionProperty().set("1.0");
        form.clientRequestTokenProperty().set("not a token");

        assertThat(form.createSession()).isFalse();

        assertThat(form.messageProperty(SessionField.BUCKET).get().isError()).isTrue();
        assertThat(form.messageProperty(SessionField.CHALLENGE_MIN_VERSION).get().text())
                .isEqualTo("A challenge version is three numbers of up to three digits, like 1.0.0.");
        assertThat(form.messageProperty(SessionField.CLIENT_REQUEST_TOKEN).get().isError()).isTrue();
        assertThat(form.fieldToFocusProperty().get()).isEqualTo(SessionField.BUCKET);
        assertThat(form.statusProperty().get()).isEqualTo("3 fields need fixing before a session can be created.");
        assertThat(form.phaseProperty().get()).isEqualTo(SessionFormViewModel.Phase.READY);
        assertThat(service.requests()).isEmpty();
    }

    @Test
    void successShowsTheSessionAndItsStartWindow() throws Exception {
        SessionFormViewModel form = form();
        choice.profileProperty().set("dev");
        form.bucketProperty().set("liveness-images");
        form.keyPrefixProperty().set("desk/");
        form.auditImagesTextProperty().set("3");

        assertThat(form.createSession()).isTrue();

        assertThat(form.phaseProperty().get()).isEqualTo(SessionFormViewModel.Phase.CREATED);
        assertThat(form.card().sessionIdProperty().get()).isEqualTo(ScriptedLivenessSessions.SESSION_ID);
        assertThat(form.card().createdAtUtcProperty().get()).isEqualTo("2025-03-04 10:15:30 UTC");
        assertThat(form.card().createdAtLocalProperty().get()).startsWith("2025-03-04 11:15:30");
        assertThat(form.card().countdownProperty().get()).isEqualTo("3:00 left to start the check");
        assertThat(form.card().startWindowClosingProperty().get()).isFalse();
        assertThat(form.statusProperty().get()).isEqualTo("Session created in eu-west-1.");
        assertThat(notifications).containsExactly("Session created: Session " + ScriptedLivenessSessions.SESSION_ID
                + " is ready: start the check within 3 minutes.");
        assertThat(form.lastCreatedProperty().get().session().sessionId())
                .isEqualTo(ScriptedLivenessSessions.SESSION_ID);
        assertThat(form.lastCreatedProperty().get().connection()).isEqualTo(ConnectionSettings.of("dev", "eu-west-1"));
        assertThat(service.connections()).containsExactly(ConnectionSettings.of("dev", "eu-west-1"));
        assertThat(service.requests().get(0).auditImagesLimit()).isEqualTo(3);
    }

    @Test
    void onceTheCheckHasStartedTheCountdownStopsCounting() {
        SessionFormViewModel form = form();
        form.createSession();
        String id = form.card().sessionIdProperty().get();

        form.sessionStarted("00000000-0000-0000-0000-000000000000");
        assertThat(form.card().countdownProperty().get()).endsWith("left to start the check");

        form.sessionStarted(id);
        clock.advance(Duration.ofSeconds(170));
        form.card().refreshCountdown();
        assertThat(form.card().countdownProperty().get()).startsWith("Check started");
        assertThat(form.card().startWindowClosingProperty().get()).isFalse();
        assertThat(form.card().startWindowExpiredProperty().get()).isFalse();
    }

    @Test
    void theCountdownTurnsUrgentThenSaysTheSessionExpired() {
        SessionFormViewModel form = form();
        form.createSession();

        clock.advance(Duration.ofSeconds(121));
        form.card().refreshCountdown();
        assertThat(form.card().countdownProperty().get()).isEqualTo("0:59 left to start the check");
        assertThat(form.card().startWindowClosingProperty().get()).isTrue();

        clock.advance(Duration.ofSeconds(59));
        form.card().refreshCountdown();
        assertThat(form.card().countdownProperty().get()).isEqualTo("Expired: create a new session");
        assertThat(form.card().startWindowExpiredProperty().get()).isTrue();
        assertThat(form.card().startWindowClosingProperty().get()).isFalse();
    }

    @Test
    void successRemembersTheChoicesButNeverTheTokenOrKey() throws Exception {
        SessionFormViewModel form = form();
        choice.profileProperty().set("dev");
        form.bucketProperty().set("liveness-images");
        form.keyPrefixProperty().set("desk/");
        form.auditImagesTextProperty().set("4");
        form.kmsKeyIdProperty().set("alias/liveness-secret-key");
        form.clientRequestTokenProperty().set("token-123");

        form.createSession();

        UserPreferences saved = new JsonPreferencesStore(preferences.file()).current();
        assertThat(saved.profile()).isEqualTo("dev");
        assertThat(saved.region()).isEqualTo("eu-west-1");
        assertThat(saved.bucket()).isEqualTo("liveness-images");
        assertThat(saved.keyPrefix()).isEqualTo("desk/");
        assertThat(saved.auditImagesLimit()).isEqualTo(4);
        String json = Files.readString(preferences.file());
        assertThat(json).doesNotContain("liveness-secret-key").doesNotContain("token-123");
    }

    @Test
    void failureExplainsAndKeepsTheValues() {
        service.failWith(new ServiceError(ErrorKind.ACCESS_DENIED,
                "Your credentials lack rekognition:CreateFaceLivenessSession.",
                "Ask your AWS administrator to allow that action for your profile.",
                Optional.of("AccessDeniedException"), Optional.of("req-7"), 400, Optional.empty()));
        SessionFormViewModel form = form();
        form.bucketProperty().set("liveness-images");

        form.createSession();

        assertThat(form.phaseProperty().get()).isEqualTo(SessionFormViewModel.Phase.FAILED);
        assertThat(form.card().errorMessageProperty().get())
                .isEqualTo("Your credentials lack rekognition:CreateFaceLivenessSession.");
        assertThat(form.card().errorNextStepProperty().get()).startsWith("Ask your AWS administrator");
        assertThat(form.card().ticketDetailsProperty().get())
                .isEqualTo("Code: AccessDeniedException | HTTP 400 | Request id: req-7");
        assertThat(form.bucketProperty().get()).isEqualTo("liveness-images");
        assertThat(form.creatingBinding().get()).isFalse();
        assertThat(form.lastCreatedProperty().get()).isNull();

        form.copyTicketDetails();
        assertThat(copied).singleElement().asString().contains("Request id: req-7");
    }

    @Test
    void anUnexpectedFailureStillReadsAsWords() {
        service.crashWith(new IllegalStateException("socket closed"));
        SessionFormViewModel form = form();

        form.createSession();

        assertThat(form.card().errorMessageProperty().get()).isEqualTo("Something unexpected went wrong: socket closed");
        assertThat(form.card().ticketDetailsProperty().get()).isEqualTo("Code: UNKNOWN");
    }

    @Test
    void whileCreatingTheFormSaysSoAndCancelReturnsToReady() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        SessionFormViewModel form = form(runner);
        runner.runNext(); // the profile list
        form.bucketProperty().set("liveness-images");

        assertThat(form.createSession()).isTrue();
        assertThat(form.creatingBinding().get()).isTrue();
        assertThat(form.statusProperty().get()).isEqualTo("Creating session…");
        assertThat(form.createSession()).as("a second click while running").isFalse();

        form.cancel();

        assertThat(form.phaseProperty().get()).isEqualTo(SessionFormViewModel.Phase.READY);
        assertThat(form.creatingBinding().get()).isFalse();
        assertThat(form.statusProperty().get()).startsWith("Cancelled");
        assertThat(form.bucketProperty().get()).isEqualTo("liveness-images");
        assertThat(runner.pendingCount()).isZero();
        assertThat(service.requests()).isEmpty();
    }

    @Test
    void retriesAreVisibleWhileTheyHappen() {
        service.retryAfter(new FailedAttempt(ErrorKind.THROTTLED, "ThrottlingException"),
                new FailedAttempt(ErrorKind.SERVICE_ERROR, "InternalServerError"));
        SessionFormViewModel form = form();
        List<String> statuses = new ArrayList<>();
        form.statusProperty().addListener((obs, old, now) -> statuses.add(now));

        form.createSession();

        assertThat(statuses).containsSubsequence("Creating session…",
                "Throttled, retrying (attempt 2 of 4)…",
                "Service error, retrying (attempt 3 of 4)…",
                "Session created in us-east-1.");
    }

    @Test
    void copyPutsTheSessionIdOnTheClipboard() {
        SessionFormViewModel form = form();
        form.createSession();

        form.copySessionId();

        assertThat(copied).containsExactly(ScriptedLivenessSessions.SESSION_ID);
        assertThat(form.statusProperty().get()).isEqualTo("Session id copied.");
    }

    @Test
    void afterARefusedCreateTheCardSaysItShowsThePreviousSession() {
        SessionFormViewModel form = form();
        form.createSession();
        assertThat(form.card().titleProperty().get()).isEqualTo("Session created");

        form.bucketProperty().set("ab");
        assertThat(form.createSession()).isFalse();

        assertThat(form.card().previousProperty().get()).isTrue();
        assertThat(form.card().titleProperty().get()).startsWith("Previous session");
        assertThat(form.card().sessionIdProperty().get()).isEqualTo(ScriptedLivenessSessions.SESSION_ID);
    }

    @Test
    void aFailedCreateKeepsThePreviousSessionMarkedAsSuchBesideTheFailure() {
        SessionFormViewModel form = form();
        form.createSession();
        service.failWith(ServiceError.of(ErrorKind.THROTTLED, "Rekognition is throttling requests.", "Wait."));

        form.createSession();

        assertThat(form.phaseProperty().get()).isEqualTo(SessionFormViewModel.Phase.FAILED);
        assertThat(form.card().errorMessageProperty().get()).isEqualTo("Rekognition is throttling requests.");
        assertThat(form.card().titleProperty().get()).startsWith("Previous session");
    }
}
