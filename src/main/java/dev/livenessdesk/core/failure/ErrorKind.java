package dev.livenessdesk.core.failure;

/**
 * What kind of failure a user faces, which decides the words and the next step shown, and the one place that says
 * which failures are worth waiting out.
 */
public enum ErrorKind {
    NO_CREDENTIALS,
    /** An AWS credentials or config file that cannot be parsed. */
    CREDENTIALS_FILE,
    SSO_SIGN_IN_NEEDED,
    ACCESS_DENIED,
    REGION_NOT_SUPPORTED,
    THROTTLED,
    INVALID_PARAMETER,
    SESSION_NOT_FOUND,
    NO_SUCH_BUCKET,
    BUCKET_IN_OTHER_REGION,
    NOT_FOUND,
    KMS_ACCESS_DENIED,
    CLOCK_SKEW,
    SERVICE_ERROR,
    NETWORK,
    CANCELLED,
    UNKNOWN;

    /**
     * True when the same request may well succeed later without anyone changing anything (throttled, the service
     * failed on its side, no answer came): automatic retries and polling wait these out; anything else needs the user.
     */
    public boolean isTransient() {
        return this == THROTTLED || this == SERVICE_ERROR || this == NETWORK;
    }

    /**
     * True when a Retry button is worth offering: the transient kinds, plus a cancelled or unexplained failure,
     * which says nothing about the request itself. A refusal (access, not found, a bad parameter) stays refused.
     */
    public boolean isWorthRetryingByHand() {
        return isTransient() || this == CANCELLED || this == UNKNOWN;
    }
}
