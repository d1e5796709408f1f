package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import java.util.Objects;

/**
 * A session this form created, with the connection it was created on: one immutable value, so whoever follows
 * the session keeps its connection even when the user switches profile or region afterwards.
 */
public record SessionCreated(CreatedSession session, ConnectionSettings connection) {

    public SessionCreated {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(connection, "connection");
    }
}
