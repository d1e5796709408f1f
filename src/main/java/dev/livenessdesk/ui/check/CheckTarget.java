package dev.livenessdesk.ui.check;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A session the check can run for: where it lives, its id, and when it was created when that is known. */
public record CheckTarget(ConnectionSettings connection, String sessionId, Optional<Instant> createdAt) {

    public CheckTarget {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(sessionId, "sessionId");
        createdAt = createdAt == null ? Optional.empty() : createdAt;
    }
}
