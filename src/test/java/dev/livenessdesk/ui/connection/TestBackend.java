package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Backend;
import dev.livenessdesk.core.ConnectionSettings;
import dev.livenessdesk.core.IdentityService;
import dev.livenessdesk.core.ImageStore;
import dev.livenessdesk.core.LivenessSessions;
import dev.livenessdesk.core.ProfileCatalog;
import dev.livenessdesk.core.SsoSignIn;
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
