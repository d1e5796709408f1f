package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stitches events into sessions as they arrive. Thread-confined to the reading thread except {@link #sessions},
 * which a progress callback on that same thread calls. Keeps no raw records, so a busy day fits in little memory.
 */
final class ActivityCollector implements TrailEventSink {

    /** How many unreadable events are kept to show; the rest are only counted. */
    static final int UNREADABLE_KEPT = 50;

    private final Map<String, SessionStory> stories = new HashMap<>();
    // An event at the very edge of a kept range may come from both the service and what was kept: count it once.
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private final Optional<String> onlySession;
    private final List<UnreadableEvent> unreadable = new ArrayList<>();
    private final List<TrailEvent> kept = new ArrayList<>();
    private long eventsRead;
    private long unreadableCount;
    private long withoutSession;
    private long otherSessions;

    /** @param onlySession when present, only this session's events count and are kept whole (a timeline) */
    ActivityCollector(Optional<String> onlySession) {
        this.onlySession = onlySession;
    }

    @Override
    public void accept(TrailEvent event) {
        if (!seen.add(event.eventId())) {
            return;
        }
        eventsRead++;
        Optional<String> id = event.sessionId();
        if (onlySession.isPresent()) {
            if (id.isEmpty()) {
                withoutSession++;
            } else if (!id.get().equals(onlySession.get())) {
                otherSessions++;
            } else {
                kept.add(event);
                stories.computeIfAbsent(id.get(), SessionStory::new).add(event.withoutRawRecord());
            }
            return;
        }
        String key;
        if (id.isPresent()) {
            key = id.get();
        } else if (event.call() == LivenessCall.CREATE && event.failed()) {
            key = SessionStory.REFUSED_PREFIX + event.eventId();
        } else {
            // A start or a results read that names no session (refused before it was read): counted, not a row.
            withoutSession++;
            return;
        }
        stories.computeIfAbsent(key, SessionStory::new).add(event.withoutRawRecord());
    }

    @Override
    public void unreadable(UnreadableEvent event) {
        eventsRead++;
        unreadableCount++;
        if (unreadable.size() < UNREADABLE_KEPT) {
            unreadable.add(event);
        }
    }

    /** Every session so far, newest first. */
    List<ActivitySession> sessions(Instant readAt) {
        List<ActivitySession> all = new ArrayList<>(stories.size());
        for (SessionStory story : stories.values()) {
            all.add(story.snapshot(readAt));
        }
        all.sort(Comparator.comparing(ActivitySession::sortTime).reversed()
                .thenComparing(ActivitySession::key));
        return all;
    }

    /** The one session's events, whole, in time order (for a timeline). */
    List<TrailEvent> keptEvents() {
        List<TrailEvent> events = new ArrayList<>(kept);
        events.sort(Comparator.comparing(TrailEvent::time).thenComparing(event -> event.call().ordinal()));
        return events;
    }

    long eventsRead() {
        return eventsRead;
    }

    long unreadableCount() {
        return unreadableCount;
    }

    List<UnreadableEvent> unreadable() {
        return List.copyOf(unreadable);
    }

    long withoutSession() {
        return withoutSession;
    }

    long otherSessions() {
        return otherSessions;
    }
}
