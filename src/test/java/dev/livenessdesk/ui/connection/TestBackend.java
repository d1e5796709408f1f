package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.connection.SsoSignIn;
import java.util.Optional;

/** A backend made of the parts a connection-bar test chooses: real AWS pieces or hand-written core ports. */
record TestBackend(ProfileCatalog profiles, Optional<IdentityService> identityService, Optional<SsoSignIn> ssoSignIn)
        implements Backend {

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        throw new UnsupportedOperationException("the connection bar never creates sessions");
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        throw new UnsupportedOperationException("the connection bar never reads images");
    }

    @Override
    public boolean isSandbox() {
        return false;
    }

    @Override
    public void close() {
    }
}
