package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionNotFound;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;

/**
 * Face Liveness without AWS: the sandbox's sessions seen from one connection, whose region only colours the
 * words of errors (the sandbox keeps one set of sessions for every region).
 */
public final class SandboxLivenessSessions implements LivenessSessions {

    private final SandboxSessions sessions;
    private final String region;

    SandboxLivenessSessions(SandboxSessions sessions, String region) {
        this.sessions = sessions;
        this.region = region;
    }

    /** Accepts whatever SessionSettings allows, as the service accepts whatever passes its model. */
    @Override
    public CreatedSession create(SessionSettings settings, AttemptListener attempts) {
        attempts.attemptStarted(1, 1, null);
        return sessions.create(settings);
    }

    @Override
    public SessionResults results(String sessionId) throws ServiceException {
        return sessions.current(sessionId).map(SandboxSession::toResults)
                .orElseThrow(() -> new ServiceException(SessionNotFound.error(sessionId, region)));
    }
}
