package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.Words;

/** The sandbox's own words (its errors and the text drawn on its images). */
final class SandboxMessages {

    private static final String BUNDLE = "dev.livenessdesk.sandbox.sandbox";

    private static final Words WORDS = new Words(BUNDLE);

    private SandboxMessages() {
    }

    static String get(String key, Object... args) {
        return WORDS.get(key, args);
    }

    /** The read was stopped by the person reading (Cancel). */
    static dev.livenessdesk.core.failure.ServiceError cancelled() {
        return dev.livenessdesk.core.failure.ServiceError.of(dev.livenessdesk.core.failure.ErrorKind.CANCELLED,
                get("trail.cancelled.message"), get("trail.cancelled.next"));
    }
}
