package dev.livenessdesk.core;

import java.util.Optional;

/**
 * Where the ports come from: AWS, or the offline sandbox. Only the composition root ({@code app}, {@code Main})
 * picks one; screens and commands see this interface.
 */
public interface Backend extends AutoCloseable {

    /** The Face Liveness service for a connection. Implementations reuse clients per connection. */
    LivenessSessions livenessSessions(ConnectionSettings connection);

    /** The image store for a connection. */
    ImageStore imageStore(ConnectionSettings connection);

    /** The profiles a user can pick, and their regions. */
    ProfileCatalog profiles();

    /** True for the offline sandbox, which the UI must always make visible. */
    boolean isSandbox();

    /** Who can play the end user's check: only the offline sandbox; AWS runs the check in the user's browser. */
    default Optional<CheckSimulator> checkSimulator() {
        return Optional.empty();
    }

    /** Releases clients and threads; never throws. */
    @Override
    void close();
}
