package dev.livenessdesk.core.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A session the service created: its id, when, where, and what was asked for. */
public record CreatedSession(String sessionId, Instant createdAt, SessionSettings settings) {

    /** The service expires a session that is not started within this window (the Face Liveness developer guide). */
    public static final Duration START_WINDOW = Duration.ofMinutes(3);

    public CreatedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(settings, "settings");
    }

    public Instant startDeadline() {
        return createdAt.plus(START_WINDOW);
    }

    /** Time left to start the check; zero once the window has passed. */
    public Duration timeLeftToStart(Instant now) {
        Duration left = Duration.between(now, startDeadline());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
