package dev.livenessdesk.core.session;

import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;

/** The Face Liveness service as this app uses it: create sessions and read their results. */
public interface LivenessSessions {

    /** CreateFaceLivenessSession. Blocks: call it off the FX thread. */
    CreatedSession create(SessionSettings settings, AttemptListener attempts) throws ServiceException;

    default CreatedSession create(SessionSettings settings) throws ServiceException {
        return create(settings, AttemptListener.NONE);
    }

    /** GetFaceLivenessSessionResults. Blocks: call it off the FX thread. */
    SessionResults results(String sessionId) throws ServiceException;

    /** GetFaceLivenessSessionResults, telling the listener about each attempt (retries). Blocks. */
    default SessionResults results(String sessionId, AttemptListener attempts) throws ServiceException {
        return results(sessionId);
    }
}
