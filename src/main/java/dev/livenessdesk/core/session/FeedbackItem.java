package dev.livenessdesk.core.session;

import java.util.Objects;

/**
 * One entry of a check's Feedback: the code as the service sent it (kept raw, so a code newer than this app still
 * reads as sent) and the service's message, which is for people only and may change.
 *
 * @param code    the wire code, e.g. {@code LOW_LIGHTING_DETECTED}; never blank
 * @param message the service's words; empty when none came
 */
public record FeedbackItem(String code, String message) {

    public FeedbackItem {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A feedback code is never blank");
        }
        message = message == null ? "" : message;
    }

    /** The code as this app knows it; UNKNOWN for a code newer than this app. */
    public FeedbackCode kind() {
        return FeedbackCode.fromWire(code);
    }
}
