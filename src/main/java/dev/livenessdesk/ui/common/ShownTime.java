package dev.livenessdesk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way a screen writes a moment: local time as {@code 2026-12-01 21:32:29}, the same in every locale so
 * rows sort and compare by eye; the zone is written beside it ({@link #withZone}) or kept one hover away
 * ({@link #tooltip}, which also gives UTC for a ticket).
 */
public final class ShownTime {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    // The short name the summer/winter time of that moment has (CET or CEST), not a fixed one.
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private ShownTime() {
    }

    /** {@code 2026-12-01 21:32:29} in the given zone. */
    public static String local(Instant at, ZoneId zone) {
        return PATTERN.format(at.atZone(zone));
    }

    /** {@code 2026-12-01 21:32:29 CET}: the zone beside the time, where there is room. */
    public static String withZone(Instant at, ZoneId zone) {
        return local(at, zone) + " " + zoneName(at, zone);
    }

    /** {@code 2026-12-01 21:32:29 CET (Europe/Berlin), 2026-12-01 20:32:29 UTC}: for a hover. */
    public static String tooltip(Instant at, ZoneId zone) {
        return withZone(at, zone) + " (" + zone.getId() + "), " + local(at, ZoneOffset.UTC) + " UTC";
    }

    private static String zoneName(Instant at, ZoneId zone) {
        return ZONE.format(at.atZone(zone));
    }
}
