package dev.livenessdesk.app;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox backend, counting every CreateFaceLivenessSession the window sends whatever the path (the form, Next
 * session, a key press): on AWS each one is a real session.
 */
final class CreateCountingBackend implements Backend {

    private final Backend delegate;
    private final AtomicInteger creates = new AtomicInteger();

    CreateCountingBackend(Backend delegate) {
        this.delegate = delegate;
    }

    int creates() {
        return creates.get();
    }

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        LivenessSessions sessions = delegate.livenessSessions(connection);
        return new LivenessSessions() {
            @Override
            public CreatedSession create(SessionSettings settings, AttemptListener attempts) throws ServiceException {
                creates.incrementAndGet();
                return sessions.create(settings, attempts);
            }

            @Override
            public SessionResults results(String sessionId) throws ServiceException {
                return sessions.results(sessionId);
            }

            @Override
            public SessionResults results(String sessionId, AttemptListener attempts) throws ServiceException {
                return sessions.results(sessionId, attempts);
            }
        };
    }

    @Override
    public ImageStore imageStore(ConnectionSettings connection) {
        return delegate.imageStore(connection);
    }

    @Override
    public Optional<dev.livenessdesk.core.sharing.SessionRecords> sessionRecords(ConnectionSettings connection) {
        return delegate.sessionRecords(connection);
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
    public Optional<IdentityService> identityService() {
        return delegate.identityService();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
