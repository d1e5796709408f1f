package dev.livenessdesk.core.activity;

import java.util.List;
import java.util.Optional;

/**
 * The sessions of a window as read so far (while reading) or in the end: the rows that match the filter, newest
 * first, and the summary of those rows; how much was read and how the read went.
 *
 * @param sessions       the matching sessions, newest first, at most the limit
 * @param matching       how many sessions matched (may exceed the rows shown)
 * @param summary        the figures of the matching sessions
 * @param eventsRead     every event read, whatever its session
 * @param unreadable     events that could not be read (the first few), {@code unreadableCount} of them in all
 * @param withoutSession starts and results reads that name no session
 * @param pages          pages asked of the service so far
 * @param pagesPerSecond the pace of the pages
 * @param waiting        the read is waiting out the service's rate limit
 * @param end            how it ended; empty while it is still reading
 * @param endsRecently   the window ends less than CloudTrail's delivery delay ago: its last minutes may be missing
 * @param source         where the events came from
 * @param paced          the source is paced by CloudTrail's rate limit (LookupEvents); Athena is not, and its
 *                       {@code waiting} means its query is still running
 */
public record ActivityReport(ActivityWindow window, ActivityFilter filter, List<ActivitySession> sessions,
                             int matching, ActivitySummary summary, long eventsRead, long unreadableCount,
                             List<UnreadableEvent> unreadable, long withoutSession, int pages, double pagesPerSecond,
                             boolean waiting, Optional<ReadEnd> end, boolean endsRecently, String source,
                             boolean paced) {

    public ActivityReport {
        sessions = List.copyOf(sessions);
        unreadable = List.copyOf(unreadable);
    }

    /** Every event of the window was read. */
    public boolean readWhole() {
        return end.map(ReadEnd::whole).orElse(false);
    }

    /** "1,250 events read, 2 pages a second: CloudTrail's limit": the progress line. */
    public String progressLine() {
        if (!paced) {
            return waiting ? ActivityWords.get("progress.querying", eventsRead)
                    : ActivityWords.get("progress.pages", eventsRead, pages);
        }
        String pace = waiting ? ActivityWords.get("progress.waiting")
                : pagesPerSecond >= 1.7 ? ActivityWords.get("progress.atLimit", pagesPerSecond)
                : ActivityWords.get("progress.pace", pagesPerSecond);
        return ActivityWords.get("progress.line", eventsRead, pace);
    }

    /** What a person must know about what was read: not whole and why, recent minutes missing, unreadable events. */
    public List<String> notes() {
        java.util.ArrayList<String> notes = new java.util.ArrayList<>();
        end.flatMap(ReadEnd::stoppedBy).ifPresent(error -> notes.add(ActivityWords.get("note.stopped",
                error.fullText())));
        if (endsRecently) {
            notes.add(ActivityWords.get("note.recent"));
        }
        if (unreadableCount > 0) {
            notes.add(ActivityWords.get("note.unreadable", unreadableCount));
        }
        end.filter(e -> e.fromCache() > 0).ifPresent(e -> notes.add(ActivityWords.get("note.cache", e.fromCache())));
        return notes;
    }
}
