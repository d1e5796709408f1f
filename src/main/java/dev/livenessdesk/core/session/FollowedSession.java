package dev.livenessdesk.core.session;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * A session being followed, with the connection it lives in, fixed when following began: choosing another
 * profile or region later changes the next look-up, never the session already followed.
 *
 * @param connection where the session lives
 * @param sessionId  its id
 * @param created    the session as created on this computer, when it was (the history records it first)
 */
public record FollowedSession(ConnectionSettings connection, String sessionId, Optional<CreatedSession> created) {

    public FollowedSession {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(sessionId, "sessionId");
        created = created == null ? Optional.empty() : created;
    }

    public static FollowedSession created(ConnectionSettings connection, CreatedSession created) {
        return new FollowedSession(connection, created.sessionId(), Optional.of(created));
    }

    public static FollowedSession lookedUp(ConnectionSettings connection, String sessionId) {
        return new FollowedSession(connection, sessionId, Optional.empty());
    }
}
