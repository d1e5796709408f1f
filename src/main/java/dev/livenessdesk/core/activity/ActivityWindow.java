package dev.livenessdesk.core.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time window whose sessions are read: from (inclusive) to (inclusive), whole seconds UTC. Made only through
 * {@link #last} or {@link #between}, which refuse what CloudTrail's event history cannot answer, in words.
 */
public record ActivityWindow(Instant from, Instant to) {

    /** CloudTrail's event history (LookupEvents) keeps the last 90 days of management events. */
    public static final Duration EVENT_HISTORY = Duration.ofDays(90);

    /** CloudTrail delivers events minutes after the call: AWS says typically within 5, and up to 15. */
    public static final Duration TRAIL_DELAY = Duration.ofMinutes(15);

    private static final Pattern SPAN = Pattern.compile("(\\d{1,4})([mhd])");

    public ActivityWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** A window the user asked for, or why it cannot be read. */
    public record Checked(Optional<ActivityWindow> window, String problem) {
        static Checked ok(ActivityWindow window) {
            return new Checked(Optional.of(window), "");
        }

        static Checked refused(String problem) {
            return new Checked(Optional.empty(), problem);
        }
    }

    /** The last span up to now: "15m", "1h", "24h", "7d" (minutes, hours, days; at most 90 days). */
    public static Checked last(String span, Clock clock) {
        return last(span, clock, false);
    }

    /** The same; with {@code beyondEventHistory} (Athena) the span may reach past CloudTrail's 90 days. */
    public static Checked last(String span, Clock clock, boolean beyondEventHistory) {
        Optional<Duration> length = parseSpan(span);
        if (length.isEmpty() || length.get().isZero()) {
            return Checked.refused(ActivityWords.get("window.span.invalid", span == null ? "" : span));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return between(now.minus(length.get()), now, clock, beyondEventHistory);
    }

    /**
     * From and to as given. The end may lie ahead (it is read up to now); a start ahead of now, a start after the
     * end, or a start past CloudTrail's 90 days without Athena are refused.
     *
     * @param beyondEventHistory true when the trail is read elsewhere (Athena), which keeps more than 90 days
     */
    public static Checked between(Instant from, Instant to, Clock clock, boolean beyondEventHistory) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant start = from.truncatedTo(ChronoUnit.SECONDS);
        Instant end = to.truncatedTo(ChronoUnit.SECONDS);
        if (start.isAfter(now)) {
            return Checked.refused(ActivityWords.get("window.future", start.toString(), now.toString()));
        }
        if (!end.isAfter(start)) {
            return Checked.refused(ActivityWords.get("window.backwards", start.toString(), end.toString()));
        }
        if (!beyondEventHistory && start.isBefore(now.minus(EVENT_HISTORY))) {
            return Checked.refused(ActivityWords.get("window.tooOld", start.toString(), EVENT_HISTORY.toDays()));
        }
        return Checked.ok(new ActivityWindow(start, end.isAfter(now) ? now : end));
    }

    /** "7d" as a duration: a whole number of minutes, hours or days. */
    public static Optional<Duration> parseSpan(String span) {
        if (span == null) {
            return Optional.empty();
        }
        Matcher match = SPAN.matcher(span.strip());
        if (!match.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(match.group(1));
        Duration length = switch (match.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return Optional.of(length);
    }

    /** Ends less than CloudTrail's delivery delay ago: its last minutes may still be on their way. */
    public boolean endsRecently(Instant now) {
        return to.isAfter(now.minus(TRAIL_DELAY));
    }

    public boolean contains(Instant time) {
        return !time.isBefore(from) && !time.isAfter(to);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
