package dev.livenessdesk.core.setup;

import java.util.Optional;

/**
 * A backend that can answer the setup check. Kept apart from {@code core.connection.Backend} so the connection
 * package does not depend on this one (this one builds on it); the app and the command line ask {@link #of}.
 */
public interface SetupSource {

    SetupAnswers setupAnswers();

    /** The backend's setup answers; empty for a backend with nothing to check (the offline sandbox). */
    static Optional<SetupAnswers> of(Object backend) {
        return backend instanceof SetupSource source ? Optional.of(source.setupAnswers()) : Optional.empty();
    }
}
