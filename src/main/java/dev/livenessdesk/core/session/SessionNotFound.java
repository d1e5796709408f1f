package dev.livenessdesk.core.session;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;

import dev.livenessdesk.core.Messages;

import java.util.Optional;

/**
 * The one error every Face Liveness port gives for a session the service does not know, so AWS and the sandbox
 * use the same words and code.
 */
public final class SessionNotFound {

    public static final String AWS_CODE = "SessionNotFoundException";
    private static final int HTTP_STATUS = 400;

    private SessionNotFound() {
    }

    public static ServiceError error(String sessionId, String region) {
        return error(sessionId, region, Optional.empty(), Optional.empty());
    }

    /** With what the service said, for the AWS path. */
    public static ServiceError error(String sessionId, String region, Optional<String> requestId,
                                     Optional<String> detail) {
        return new ServiceError(ErrorKind.SESSION_NOT_FOUND,
                Messages.get("error.sessionNotFound.message", sessionId, region),
                Messages.get("error.sessionNotFound.nextStep"),
                Optional.of(AWS_CODE), requestId, HTTP_STATUS, detail);
    }
}
