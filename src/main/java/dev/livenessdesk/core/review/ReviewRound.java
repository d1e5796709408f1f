package dev.livenessdesk.core.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a review was a session's first look, or a blind second review of a session already labelled. */
public enum ReviewRound {
    FIRST("first"),
    SECOND("second");

    private final String wireName;

    ReviewRound(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ReviewRound> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.wireName.equals(wanted)).findFirst();
    }
}
