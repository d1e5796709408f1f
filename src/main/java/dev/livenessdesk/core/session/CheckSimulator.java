package dev.livenessdesk.core.session;

import dev.livenessdesk.core.failure.ServiceException;

/**
 * Plays the end user's part of a Face Liveness check, which only the offline sandbox can do: on AWS the check
 * runs in the Amplify FaceLivenessDetector, never in this app. Every method blocks: call it off the FX thread.
 */
public interface CheckSimulator {

    /** The user started the check: the session goes from CREATED to IN_PROGRESS. */
    void simulateCheckStarted(String sessionId) throws ServiceException;

    /**
     * The check ran to the end: the session becomes SUCCEEDED with a high confidence for a live person, a low one
     * for a spoof or poor conditions (with feedback codes saying why), and gets its reference image and audit
     * images (as many as its AuditImagesLimit asked for; fewer in poor conditions, as the service's best effort).
     *
     * @throws ServiceException SESSION_NOT_FOUND for an unknown, expired or already used session
     */
    void simulateCompletedCheck(String sessionId, CheckOutcome outcome) throws ServiceException;

    /** {@link #simulateCompletedCheck(String, CheckOutcome)} for a live person or a spoof. */
    default void simulateCompletedCheck(String sessionId, boolean live) throws ServiceException {
        simulateCompletedCheck(sessionId, live ? CheckOutcome.LIVE : CheckOutcome.SPOOF);
    }
}
