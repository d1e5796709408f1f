package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.FailedAttempt;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hand-written Face Liveness port for view-model and view tests: answers the next create as scripted and
 * remembers what it was asked, through which connection.
 */
final class ScriptedLivenessSessions implements LivenessSessions {

    static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private final Clock clock;
    private final List<SessionSettings> requests = new CopyOnWriteArrayList<>();
    private final List<ConnectionSettings> connections = new CopyOnWriteArrayList<>();
    private volatile ServiceError failure;
    private volatile RuntimeException crash;
    private volatile List<FailedAttempt> retriedFailures = List.of();

    ScriptedLivenessSessions(Clock clock) {
        this.clock = clock;
    }

    /** The port for one connection, as Backend.livenessSessions hands it out. */
    LivenessSessions forConnection(ConnectionSettings connection) {
        connections.add(connection);
        return this;
    }

    void failWith(ServiceError error) {
        this.failure = error;
    }

    void crashWith(RuntimeException exception) {
        this.crash = exception;
    }

    /** Each listed failure makes one attempt fail before the one that answers, as the SDK's retries do. */
    void retryAfter(FailedAttempt... previousFailures) {
        this.retriedFailures = List.of(previousFailures);
    }

    List<SessionSettings> requests() {
        return requests;
    }

    List<ConnectionSettings> connections() {
        return connections;
    }

    @Override
    public CreatedSession create(SessionSettings settings, AttemptListener attempts) throws ServiceException {
        requests.add(settings);
        int maxAttempts = 4;
        attempts.attemptStarted(1, maxAttempts, null);
        for (int i = 0; i < retriedFailures.size(); i++) {
            attempts.attemptStarted(i + 2, maxAttempts, retriedFailures.get(i));
        }
        if (crash != null) {
            throw crash;
        }
        if (failure != null) {
            throw new ServiceException(failure);
        }
        return new CreatedSession(SESSION_ID, clock.instant(), settings);
    }

    @Override
    public SessionResults results(String sessionId) {
        throw new UnsupportedOperationException("not used by the session form");
    }
}
