package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.history.HistoryEntry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes the shown list of history entries in place, entry by entry, instead of replacing it: a table row whose
 * entry did not change stays the same row, so it keeps its selection and the table its scroll.
 */
final class EntriesInPlace {

    private EntriesInPlace() {
    }

    /**
     * Makes the list what the store says now (another window's new sessions, results and removals): gone entries
     * leave, new ones come in at their place, changed ones are replaced; equal ones are not touched.
     */
    static void mergeIn(List<HistoryEntry> shown, List<HistoryEntry> fresh) {
        Set<String> kept = fresh.stream().map(HistoryEntry::sessionId).collect(Collectors.toSet());
        shown.removeIf(entry -> !kept.contains(entry.sessionId()));
        for (int i = 0; i < fresh.size(); i++) {
            HistoryEntry entry = fresh.get(i);
            int at = indexOf(shown, entry.sessionId());
            if (at < 0) {
                shown.add(Math.min(i, shown.size()), entry);
            } else if (!shown.get(at).equals(entry)) {
                shown.set(at, entry);
            }
        }
    }

    /** Replaces the entry of the same session, or puts a new one first (the newest). */
    static void upsert(List<HistoryEntry> shown, HistoryEntry entry) {
        int at = indexOf(shown, entry.sessionId());
        if (at < 0) {
            shown.add(0, entry);
        } else {
            shown.set(at, entry);
        }
    }

    private static int indexOf(List<HistoryEntry> shown, String sessionId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).sessionId().equals(sessionId)) {
                return i;
            }
        }
        return -1;
    }
}
