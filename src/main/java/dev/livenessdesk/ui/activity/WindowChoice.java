package dev.livenessdesk.ui.activity;

import java.util.Optional;

/** The windows a person picks from: the last 15 minutes, hour, 24 hours, 7 days, or from-to in local time. */
public enum WindowChoice {
    LAST_15_MINUTES("15m"),
    LAST_HOUR("1h"),
    LAST_24_HOURS("24h"),
    LAST_7_DAYS("7d"),
    FROM_TO(null);

    private final String span;

    WindowChoice(String span) {
        this.span = span;
    }

    /** "24h" for a last-span choice; empty for from-to. */
    Optional<String> span() {
        return Optional.ofNullable(span);
    }

    @Override
    public String toString() {
        return ActivityText.get("window." + name());
    }
}
