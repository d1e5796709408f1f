package dev.livenessdesk.ui.connection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/** "expires in 42 min": how long temporary credentials have left, rounded the way people say it. */
final class ExpiryWords {

    private final ResourceBundle words;

    ExpiryWords(ResourceBundle words) {
        this.words = words;
    }

    String describe(Optional<Instant> expiry, Instant now) {
        if (expiry.isEmpty()) {
            return words.getString("expiry.none");
        }
        Duration left = Duration.between(now, expiry.get());
        if (left.isNegative() || left.isZero()) {
            return words.getString("expiry.past");
        }
        long minutes = (left.toSeconds() + 59) / 60;
        if (minutes < 60) {
            return MessageFormat.format(words.getString("expiry.minutes"), minutes);
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        return rest == 0 ? MessageFormat.format(words.getString("expiry.hours"), hours)
                : MessageFormat.format(words.getString("expiry.hoursMinutes"), hours, rest);
    }
}
