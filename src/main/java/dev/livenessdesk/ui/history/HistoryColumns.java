package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.verdict.FeedbackAdvice;
import dev.livenessdesk.ui.common.ShownTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a history entry reads in each column of the table. The filter searches these same words, so what the user
 * can see in a row is what the filter finds (a time as shown in their zone, "(default)" for no profile).
 */
public final class HistoryColumns {

    private final ZoneId zone;

    /** @param zone the time zone "created at" is shown in (the user's) */
    public HistoryColumns(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public String createdAtText(HistoryEntry entry) {
        return ShownTime.local(entry.createdAt(), zone);
    }

    /** The zone and UTC, for the hover on "created at". */
    public String createdAtTooltip(HistoryEntry entry) {
        return ShownTime.tooltip(entry.createdAt(), zone);
    }

    public static String profileText(HistoryEntry entry) {
        return VisibleText.of(entry.profile().orElse(HistoryText.get("profile.default")));
    }

    public static String outputText(HistoryEntry entry) {
        return entry.bucket().isPresent() ? VisibleText.of(entry.outputLocation()) : HistoryText.get("output.bytes");
    }

    public static String confidenceText(HistoryEntry entry) {
        return entry.confidence().map(c -> HistoryText.get("confidence.value", c)).orElse("");
    }

    /** The feedback as short names in the service's order, "Low lighting, Face not centred"; empty for none. */
    public static String feedbackText(HistoryEntry entry) {
        return VisibleText.of(entry.feedbackCodes().stream().map(FeedbackAdvice::title)
                .collect(Collectors.joining(", ")));
    }

    /** The raw codes and the client that ran the check, for the feedback cell's tooltip; empty for neither. */
    public static String feedbackDetails(HistoryEntry entry) {
        List<String> lines = new ArrayList<>();
        if (!entry.feedbackCodes().isEmpty()) {
            lines.add(HistoryText.get("feedback.codes", VisibleText.of(String.join(", ", entry.feedbackCodes()))));
        }
        // The client names itself, unverified: its control characters and bidi overrides are shown, not obeyed.
        entry.clientSdk().ifPresent(client -> lines.add(HistoryText.get("feedback.client", VisibleText.of(client))));
        return String.join("\n", lines);
    }

    /**
     * The entries whose shown words (or raw feedback codes, or client) contain the text, ignoring case; null (every
     * entry, as a FilteredList takes it) for blank text.
     */
    public Predicate<HistoryEntry> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        return entry -> Stream.concat(Stream.of(entry.sessionId(), createdAtText(entry), profileText(entry),
                                entry.region(), outputText(entry), entry.lastStatus(), confidenceText(entry),
                                feedbackText(entry), entry.clientSdk().orElse("")), entry.feedbackCodes().stream())
                .anyMatch(column -> column.toLowerCase(Locale.ROOT).contains(needle));
    }
}
