package dev.livenessdesk.core.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the sessions of a window: reads the trail through the port, stitches the events into sessions and hands
 * out the rows as they are read. The one way the tab and {@code liveness-desk activity} read the trail.
 */
public final class ActivityFinder {

    /** A screen needs no more than a few redraws a second while pages arrive. */
    static final Duration PARTIAL_EVERY = Duration.ofMillis(400);

    private final TrailEvents trail;
    private final Clock clock;

    public ActivityFinder(TrailEvents trail, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param limit   the most rows returned (the summary counts them all)
     * @param partial told the report so far while reading (at most a few times a second), on the reading thread
     */
    public ActivityReport find(ActivityWindow window, ActivityFilter filter, int limit,
                               Consumer<ActivityReport> partial) {
        ActivityCollector collector = new ActivityCollector(Optional.empty());
        Instant[] lastPartial = {Instant.MIN};
        double[] pace = {0};
        int[] pages = {0};
        boolean[] waiting = {false};
        ReadProgress progress = (eventsRead, pagesSoFar, pagesPerSecond, isWaiting) -> {
            pace[0] = pagesPerSecond;
            pages[0] = pagesSoFar;
            waiting[0] = isWaiting;
            Instant now = clock.instant();
            if (Duration.between(lastPartial[0], now).compareTo(PARTIAL_EVERY) >= 0 || isWaiting) {
                lastPartial[0] = now;
                partial.accept(report(window, filter, limit, collector, pagesSoFar, pagesPerSecond, isWaiting,
                        Optional.empty()));
            }
        };
        ReadEnd end = trail.read(window, collector, progress);
        return report(window, filter, limit, collector, end.pages(), pace[0], false, Optional.of(end));
    }

    private ActivityReport report(ActivityWindow window, ActivityFilter filter, int limit,
                                  ActivityCollector collector, int pages, double pace, boolean waiting,
                                  Optional<ReadEnd> end) {
        Instant now = clock.instant();
        List<ActivitySession> matching = collector.sessions(now).stream().filter(filter::matches).toList();
        List<ActivitySession> rows = matching.size() > limit ? matching.subList(0, limit) : matching;
        return new ActivityReport(window, filter, rows, matching.size(), ActivitySummary.of(matching),
                collector.eventsRead(), collector.unreadableCount(), collector.unreadable(),
                collector.withoutSession(), pages, pace, waiting, end, window.endsRecently(now), trail.source(),
                trail.pacedByCloudTrail());
    }

    /**
     * One session's whole story in the window: every event of it in time order, whole, and the session as the
     * Activity tab shows it.
     */
    public SessionTimeline timeline(String sessionId, ActivityWindow window, ReadProgress progress) {
        ActivityCollector collector = new ActivityCollector(Optional.of(sessionId));
        ReadEnd end = trail.read(window, collector, progress);
        List<ActivitySession> sessions = collector.sessions(clock.instant());
        return new SessionTimeline(sessionId, window, sessions.isEmpty() ? Optional.empty()
                : Optional.of(sessions.get(0)), collector.keptEvents(), collector.eventsRead(),
                collector.otherSessions(), collector.withoutSession(), collector.unreadable(), end,
                window.endsRecently(clock.instant()), trail.source());
    }
}
