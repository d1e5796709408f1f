package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** "expires in 42 min": how long temporary credentials have left, rounded the way people say it. */
final class ExpiryWords {

    private final Words words;

    ExpiryWords(Words words) {
        this.words = words;
    }

    String describe(Optional<Instant> expiry, Instant now) {
        if (expiry.isEmpty()) {
            return words.get("expiry.none");
        }
        Duration left = Duration.between(now, expiry.get());
        if (left.isNegative() || left.isZero()) {
            return words.get("expiry.past");
        }
        long minutes = (left.toSeconds() + 59) / 60;
        if (minutes < 60) {
            return words.get("expiry.minutes", minutes);
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? words.get("expiry.hours", hours)
                : words.get("expiry.hoursMinutes", hours, rest);
    }
}
