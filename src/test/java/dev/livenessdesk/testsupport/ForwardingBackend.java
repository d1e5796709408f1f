package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.check.CheckCredentialsIssuer;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.RetentionRules;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.sharing.SessionRecords;
import java.util.Optional;

/** A real backend passed through whole, for tests that watch one kind of call (override that one). */
public abstract class ForwardingBackend implements Backend {

    private final Backend delegate;

    protected ForwardingBackend(Backend delegate) {
        this.delegate = delegate;
    }

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        return delegate.livenessSessions(connection);
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        return delegate.imageStore(connection);
    }

    @Override
    public Optional<SessionRecords> sessionRecords(ConnectionSettings connection) {
        return delegate.sessionRecords(connection);
    }

    @Override
    public Optional<ErasureTarget> erasureTarget(ConnectionSettings connection) {
        return delegate.erasureTarget(connection);
    }

    @Override
    public Optional<RetentionRules> retentionRules(ConnectionSettings connection) {
        return delegate.retentionRules(connection);
    }

    @Override
    public Optional<TrailEvents> trailEvents(ConnectionSettings connection, TrailEventCache cache) {
        return delegate.trailEvents(connection, cache);
    }

    @Override
    public Optional<SharedReviews> sharedReviews(ConnectionSettings connection) {
        return delegate.sharedReviews(connection);
    }

    @Override
    public Optional<SsoSignIn> ssoSignIn() {
        return delegate.ssoSignIn();
    }

    @Override
    public ProfileCatalog profiles() {
        return delegate.profiles();
    }

    @Override
    public boolean isSandbox() {
        return delegate.isSandbox();
    }

    @Override
    public Optional<CheckSimulator> checkSimulator() {
        return delegate.checkSimulator();
    }

    @Override
    public Optional<CheckCredentialsIssuer> checkCredentials() {
        return delegate.checkCredentials();
    }

    @Override
    public Optional<IdentityService> identityService() {
        return delegate.identityService();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
