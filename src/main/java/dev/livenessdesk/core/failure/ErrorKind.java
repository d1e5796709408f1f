package dev.livenessdesk.core.failure;

/** What kind of failure a user faces, which decides the words and the next step shown. */
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
    UNKNOWN
}
