package dev.livenessdesk.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one way a time is written for a program to read (the command line's envelopes): whole seconds, UTC, with
 * {@code Z}, as in {@code 2025-01-01T00:00:00Z}. QA scripts read these with jq's {@code fromdateiso8601}, which
 * refuses a fraction of a second; the service's times carry nanoseconds.
 */
public final class WireTime {

    private WireTime() {
    }

    public static String of(Instant time) {
        // Instant.toString of a whole second prints no fraction, and always in UTC with Z.
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
