package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.session.SessionStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's session life as the service lives it: the 3-minute window, single use, token idempotency. */
class SandboxSessionLifeTest {

    private MutableClock clock;
    private SandboxBackend backend;
    private LivenessSessions sessions;
    private ExecutorService threads;

    @BeforeEach
    void startSandbox() {
        clock = MutableClock.atNoon();
        backend = new SandboxBackend(clock);
        sessions = backend.livenessSessions(ConnectionSettings.of("sandbox", "us-east-1"));
    }

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    void aSessionStaysCreatedUntilThreeMinutesHavePassedThenExpires() throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", 1, null));

        clock.advance(CreatedSession.START_WINDOW.minusSeconds(1));
        assertThat(sessions.results(session.sessionId()).status()).isEqualTo(SessionStatus.CREATED);

        clock.advance(Duration.ofSeconds(1));
        assertThat(sessions.results(session.sessionId()).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void anExpiredSessionCannotBeCheckedAnyMore() throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", 1, null));
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> backend.simulator().simulateCompletedCheck(session.sessionId(), true))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.SESSION_NOT_FOUND);
                    assertThat(e.error().message()).contains(session.sessionId(), "expired at 12:03:00");
                });
        assertThat(sessions.results(session.sessionId()).status()).isEqualTo(SessionStatus.EXPIRED);
        assertThat(backend.images().sessions("qa-bucket", "", java.util.Optional.empty(), 10).items()).isEmpty();
    }

    @Test
    void aCheckStartedInTimeDoesNotExpireAndCanFinishLater() throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", 1, null));
        backend.simulator().simulateCheckStarted(session.sessionId());

        clock.advance(Duration.ofMinutes(4));
        assertThat(sessions.results(session.sessionId()).status()).isEqualTo(SessionStatus.IN_PROGRESS);

        backend.simulator().simulateCompletedCheck(session.sessionId(), true);
        assertThat(sessions.results(session.sessionId()).status()).isEqualTo(SessionStatus.SUCCEEDED);
    }

    @Test
    void aSessionIdIsSingleUse() throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", 2, null));
        backend.simulator().simulateCompletedCheck(session.sessionId(), true);

        assertThatThrownBy(() -> backend.simulator().simulateCompletedCheck(session.sessionId(), false))
                .isInstanceOfSatisfying(ServiceException.class,
                        e -> assertThat(e.error().message()).contains("already used", "SUCCEEDED"));
        assertThat(sessions.results(session.sessionId()).confidence())
                .contains(SandboxCheckSimulator.LIVE_CONFIDENCE);
        assertThat(backend.images().imagesOf("qa-bucket", "", session.sessionId())).hasSize(3);
    }

    @Test
    void aFailedCheckIsFinalWithNoScoreAndNoImages() throws Exception {
        CreatedSession session = sessions.create(settings("qa-bucket", 2, null));

        backend.simulator().simulateFailedCheck(session.sessionId());

        var results = sessions.results(session.sessionId());
        assertThat(results.status()).isEqualTo(SessionStatus.FAILED);
        assertThat(results.confidence()).isEmpty();
        assertThat(results.referenceImage()).isEmpty();
        assertThat(backend.images().imagesOf("qa-bucket", "", session.sessionId())).isEmpty();
    }

    @Test
    void simulatingAnUnknownSessionSaysItIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        assertThatThrownBy(() -> backend.simulator().simulateCompletedCheck(unknown, true))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.SESSION_NOT_FOUND);
                    assertThat(e.error().code()).isEqualTo("SessionNotFoundException");
                    assertThat(e.error().message()).isEqualTo("There is no session " + unknown + " in the sandbox.");
                });
    }

    @Test
    void anUnknownSessionIsReportedInTheConnectionsRegion() {
        String unknown = UUID.randomUUID().toString();
        LivenessSessions inIreland = backend.livenessSessions(ConnectionSettings.of("sandbox", "eu-west-1"));

        assertThatThrownBy(() -> inIreland.results(unknown)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.error().message()).isEqualTo("There is no session " + unknown + " in eu-west-1."));
    }

    @Test
    void aReusedTokenReturnsTheFirstSessionUnchangedEvenWithOtherSettings() throws Exception {
        CreatedSession first = sessions.create(settings("first-bucket", 1, "ticket-4711"));
        clock.advance(Duration.ofMinutes(10));

        CreatedSession again = sessions.create(settings("second-bucket", 4, "ticket-4711"));

        assertThat(again).isEqualTo(first);
        assertThat(again.createdAt()).isEqualTo(MutableClock.atNoon().instant());
        assertThat(again.settings().bucket()).contains("first-bucket");
        assertThat(sessions.results(again.sessionId()).status()).isEqualTo(SessionStatus.EXPIRED);
    }

    @Test
    void createsFromManyThreadsWithOneTokenMakeOneSession() throws Exception {
        threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            creates.add(() -> sessions.create(settings(null, 0, "same-token")).sessionId());
        }
        Set<String> ids = threads.invokeAll(creates).stream().map(SandboxSessionLifeTest::value)
                .collect(Collectors.toSet());

        assertThat(ids).hasSize(1);
    }

    @Test
    void createsFromManyThreadsWithoutTokensMakeDistinctSessions() throws Exception {
        threads = Executors.newFixedThreadPool(8);
        List<Callable<String>> creates = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            creates.add(() -> sessions.create(settings(null, 0, null)).sessionId());
        }
        Set<String> ids = threads.invokeAll(creates).stream().map(SandboxSessionLifeTest::value)
                .collect(Collectors.toSet());

        assertThat(ids).hasSize(32);
    }

    private static String value(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static SessionSettings settings(String bucket, int auditImagesLimit, String token) {
        return new SessionSettingsValidator().validate(SessionDraft.builder().region("us-east-1").bucket(bucket)
                .auditImagesLimit(auditImagesLimit).clientRequestToken(token).build()).settings().orElseThrow();
    }
}
