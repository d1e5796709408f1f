package dev.livenessdesk.core.session;

import java.util.Arrays;

/** The life of a session as GetFaceLivenessSessionResults reports it. */
public enum SessionStatus {
    CREATED, IN_PROGRESS, SUCCEEDED, FAILED, EXPIRED,
    /** A status this version of the app does not know: show the raw string the service sent. */
    UNKNOWN;

    public static SessionStatus fromWire(String raw) {
        return Arrays.stream(values()).filter(s -> s != UNKNOWN && s.name().equals(raw)).findFirst().orElse(UNKNOWN);
    }

    /** Whether the session can still change; polling stops once it cannot. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == EXPIRED;
    }
}
