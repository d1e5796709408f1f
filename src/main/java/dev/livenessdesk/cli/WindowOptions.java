package dev.livenessdesk.cli;

import dev.livenessdesk.core.activity.ActivityWindow;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The time window of {@code activity}: the last span, or from and to; checked as the tab checks it. */
final class WindowOptions {

    @Option(names = "--since", paramLabel = "SPAN",
            description = "The last span up to now: 15m, 1h, 24h, 7d (at most 90d without --athena-table). "
                    + "Default: 24h.")
    String since;

    @Option(names = "--from", paramLabel = "ISO", description = "The window's start, ISO-8601 with its offset, "
            + "e.g. 2026-12-06T14:00:00Z or 2026-12-06T15:00:00+01:00.")
    String from;

    @Option(names = "--to", paramLabel = "ISO", description = "The window's end (with --from). Default: now.")
    String to;

    /** @param beyondEventHistory the trail is read through Athena, which keeps more than CloudTrail's 90 days */
    ActivityWindow window(Clock clock, String defaultSpan, boolean beyondEventHistory) throws InvalidInput {
        boolean span = since != null;
        boolean range = from != null || to != null;
        if (span && range) {
            throw new InvalidInput(CliText.get("window.both"));
        }
        ActivityWindow.Checked checked;
        if (range) {
            if (from == null) {
                throw new InvalidInput(CliText.get("window.toWithoutFrom"));
            }
            Instant start = instant("--from", from);
            Instant end = to == null ? clock.instant() : instant("--to", to);
            checked = ActivityWindow.between(start, end, clock, beyondEventHistory);
        } else {
            checked = ActivityWindow.last(span ? since : defaultSpan, clock, beyondEventHistory);
        }
        return checked.window().orElseThrow(() -> new InvalidInput(checked.problem()));
    }

    private static Instant instant(String option, String text) throws InvalidInput {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new InvalidInput(CliText.get("window.notATime", option, text));
        }
    }
}
