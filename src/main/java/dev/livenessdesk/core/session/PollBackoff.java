package dev.livenessdesk.core.session;

import java.time.Duration;

/**
 * How long to wait before asking for results again: 2 s, then 1.5 times longer up to 15 s; after a throttle or
 * a passing failure at least twice as long (5 s to 60 s), to give the service room.
 */
final class PollBackoff {

    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration LONGEST = Duration.ofSeconds(15);
    static final Duration SHORTEST_AFTER_THROTTLE = Duration.ofSeconds(5);
    static final Duration LONGEST_AFTER_THROTTLE = Duration.ofSeconds(60);

    private Duration last;

    /** The wait after an answer. */
    Duration afterAnswer() {
        last = last == null ? FIRST : min(scale(last, 1.5), LONGEST);
        return last;
    }

    /** The wait after the service throttled us or could not be reached. */
    Duration afterThrottle() {
        Duration doubled = scale(last == null ? FIRST : last, 2);
        last = min(doubled.compareTo(SHORTEST_AFTER_THROTTLE) < 0 ? SHORTEST_AFTER_THROTTLE : doubled,
                LONGEST_AFTER_THROTTLE);
        return last;
    }

    void reset() {
        last = null;
    }

    private static Duration scale(Duration duration, double factor) {
        return Duration.ofMillis(Math.round(duration.toMillis() * factor));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
