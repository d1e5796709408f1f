package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A closed range of time, and the range arithmetic that tells what of a window was already read. */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range ends before it starts: " + from + " .. " + to);
        }
    }

    /** One piece of a window: read from the service, or replayed from what was kept. */
    public record Piece(TimeRange range, boolean kept) {
    }

    /**
     * The window cut into pieces, newest first: those inside a covered range are replayed from what was kept, the
     * rest are read. Covered ranges may overlap or touch each other and the window in any way.
     */
    public static List<Piece> split(TimeRange window, List<TimeRange> covered) {
        List<TimeRange> inside = new ArrayList<>();
        for (TimeRange range : merge(covered)) {
            Instant from = range.from.isAfter(window.from) ? range.from : window.from;
            Instant to = range.to.isBefore(window.to) ? range.to : window.to;
            if (!to.isBefore(from)) {
                inside.add(new TimeRange(from, to));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Instant cursor = window.to;
        for (int i = inside.size() - 1; i >= 0; i--) {
            TimeRange kept = inside.get(i);
            if (kept.to.isBefore(cursor)) {
                pieces.add(new Piece(new TimeRange(kept.to, cursor), false));
            }
            pieces.add(new Piece(kept, true));
            cursor = kept.from;
        }
        if (cursor.isAfter(window.from)) {
            pieces.add(new Piece(new TimeRange(window.from, cursor), false));
        }
        return pieces;
    }

    /** Overlapping or touching ranges joined, in time order. */
    public static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeRange::from));
        List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            if (!merged.isEmpty() && !range.from.isAfter(merged.get(merged.size() - 1).to)) {
                TimeRange last = merged.remove(merged.size() - 1);
                merged.add(new TimeRange(last.from, range.to.isAfter(last.to) ? range.to : last.to));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
