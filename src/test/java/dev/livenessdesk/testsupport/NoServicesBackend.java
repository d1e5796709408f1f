package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;

/**
 * A backend like AWS (not the sandbox) that serves nothing: any service asked for fails the test. For tests of
 * Backend's defaults, or of the one part a subclass overrides.
 */
public class NoServicesBackend implements Backend {

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ProfileCatalog profiles() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSandbox() {
        return false;
    }

    @Override
    public void close() {
    }
}
