package dev.livenessdesk.core.failure;

import java.util.Objects;

/**
 * Why one attempt of a call failed, as the retry notice needs it: its kind (for the words) and the raw AWS code or
 * HTTP status (for a ticket).
 *
 * @param kind what kind of failure; {@link ErrorKind#NETWORK} when no answer came
 * @param code the AWS error code (e.g. ThrottlingException), "HTTP 503" when the answer named none, or
 *             "NETWORK_ERROR" when no answer came
 */
public record FailedAttempt(ErrorKind kind, String code) {

    public FailedAttempt {
        Objects.requireNonNull(kind, "kind");
        code = code == null ? "" : code;
    }
}
