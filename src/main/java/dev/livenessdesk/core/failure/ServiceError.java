package dev.livenessdesk.core.failure;

import java.util.Objects;
import java.util.Optional;

/**
 * A failed call to AWS, in words a support person understands: what happened and what to do next. The raw
 * AWS error code and request id stay along for a ticket.
 *
 * @param kind       the kind of failure
 * @param message    what happened, in plain words
 * @param nextStep   what to do about it
 * @param awsCode    the service's error code (e.g. AccessDeniedException), when the service answered
 * @param requestId  the AWS request id, when the service answered
 * @param httpStatus the HTTP status, or 0 when no answer came
 * @param detail     the service's own message, when it gave one
 */
public record ServiceError(
        ErrorKind kind,
        String message,
        String nextStep,
        Optional<String> awsCode,
        Optional<String> requestId,
        int httpStatus,
        Optional<String> detail) {

    public ServiceError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        nextStep = nextStep == null ? "" : nextStep;
        awsCode = awsCode == null ? Optional.empty() : awsCode;
        requestId = requestId == null ? Optional.empty() : requestId;
        detail = detail == null ? Optional.empty() : detail;
    }

    public static ServiceError of(ErrorKind kind, String message, String nextStep) {
        return new ServiceError(kind, message, nextStep, Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    /** The code a script sees: the AWS code when the service answered, otherwise the kind's own code. */
    public String code() {
        return awsCode.orElseGet(() -> switch (kind) {
            case NO_CREDENTIALS -> "NO_CREDENTIALS";
            case SSO_SIGN_IN_NEEDED -> "SSO_SIGN_IN_NEEDED";
            case NETWORK -> "NETWORK_ERROR";
            case CANCELLED -> "CANCELLED";
            case CLOCK_SKEW -> "CLOCK_SKEW";
            case CREDENTIALS_FILE -> "CREDENTIALS_ERROR";
            default -> kind.name();
        });
    }

    /** The message and the next step in one paragraph, for places with room for one text. */
    public String fullText() {
        return nextStep.isEmpty() ? message : message + " " + nextStep;
    }

    /** Code, HTTP status and request id on one line, for a ticket. */
    public String ticketDetails() {
        StringBuilder text = new StringBuilder("Code: ").append(code());
        if (httpStatus > 0) {
            text.append(" | HTTP ").append(httpStatus);
        }
        requestId.ifPresent(id -> text.append(" | Request id: ").append(id));
        return text.toString();
    }
}
