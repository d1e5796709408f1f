package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.SessionFollower;
import java.time.Duration;
import java.util.Locale;

/** The Result tab's line under the status: what the follower does next, in words ("Checking again in 3 s."). */
final class PollingNote {

    private PollingNote() {
    }

    static String of(SessionFollower.Next next) {
        String key = switch (next.reason()) {
            case NEXT_CHECK -> "polling.next";
            case THROTTLED -> "polling.throttled";
            case RETRYING -> "polling.retrying";
            case FINAL -> "polling.final";
            case GAVE_UP -> "polling.gaveUp";
        };
        return next.waitBefore().map(delay -> ResultsText.get(key, seconds(delay)))
                .orElseGet(() -> ResultsText.get(key));
    }

    /** Whole seconds as "3", anything else to a tenth: "2.5". */
    private static String seconds(Duration delay) {
        long millis = delay.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f",
                millis / 1000.0);
    }
}
