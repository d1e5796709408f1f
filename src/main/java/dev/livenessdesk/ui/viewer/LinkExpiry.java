package dev.livenessdesk.ui.viewer;

import java.time.Duration;

/** How long a copied presigned URL should work: the choices offered, 7 days being SigV4's longest. */
public enum LinkExpiry {
    MINUTES_15(Duration.ofMinutes(15)),
    HOUR_1(Duration.ofHours(1)),
    HOURS_12(Duration.ofHours(12)),
    DAYS_7(Duration.ofDays(7));

    private final Duration duration;

    LinkExpiry(Duration duration) {
        this.duration = duration;
    }

    public Duration duration() {
        return duration;
    }

    /** The words in the choice box, from the screen's bundle. */
    public String label() {
        return ViewerWords.bundle().getString("expiry." + name());
    }

    @Override
    public String toString() {
        return label();
    }
}
