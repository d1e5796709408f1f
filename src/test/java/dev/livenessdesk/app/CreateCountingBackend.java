package dev.livenessdesk.app;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.testsupport.ForwardingBackend;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox backend, counting every CreateFaceLivenessSession the window sends whatever the path (the form, Next
 * session, a key press): on AWS each one is a real session.
 */
final class CreateCountingBackend extends ForwardingBackend {

    private final AtomicInteger creates = new AtomicInteger();

    CreateCountingBackend(Backend delegate) {
        super(delegate);
    }

    int creates() {
        return creates.get();
    }

    @Override
    public LivenessSessions livenessSessions(ConnectionSettings connection) {
        LivenessSessions sessions = super.livenessSessions(connection);
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
}
