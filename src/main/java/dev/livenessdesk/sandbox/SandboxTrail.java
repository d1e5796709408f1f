package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.LivenessCall;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.activity.TrailEventSink;
import dev.livenessdesk.core.activity.TrailEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sandbox's trail: a made-up busy day ({@link BusyDay}) handed out as CloudTrail's LookupEvents would, one
 * call name at a time, newest first, in pages of 50 with a short pause each, so the tab's progress and Cancel
 * can be tried without AWS. Nothing leaves the process.
 */
final class SandboxTrail implements TrailEvents {

    static final int PAGE_SIZE = 50;
    /** Long enough to watch the rows arrive, short enough that a day reads in a few seconds. */
    static final Duration PAGE_PAUSE = Duration.ofMillis(15);

    private final Clock clock;
    private final Duration pause;
    private List<TrailEvent> day;
    private Instant madeFor;

    SandboxTrail(Clock clock, Duration pause) {
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public String source() {
        return SandboxMessages.get("trail.source");
    }

    @Override
    public synchronized ReadEnd read(ActivityWindow window, TrailEventSink sink, ReadProgress progress) {
        List<TrailEvent> events = events();
        int pages = 0;
        long read = 0;
        Instant started = clock.instant();
        for (LivenessCall call : LivenessCall.values()) {
            List<TrailEvent> ofCall = events.stream().filter(e -> e.call() == call && window.contains(e.time()))
                    .sorted(Comparator.comparing(TrailEvent::time).reversed()).toList();
            for (int from = 0; from < ofCall.size() || (from == 0 && ofCall.isEmpty()); from += PAGE_SIZE) {
                if (Thread.currentThread().isInterrupted()) {
                    return ReadEnd.stopped(pages, 0, SandboxMessages.cancelled());
                }
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return ReadEnd.stopped(pages, 0, SandboxMessages.cancelled());
                }
                for (TrailEvent event : ofCall.subList(from, Math.min(ofCall.size(), from + PAGE_SIZE))) {
                    sink.accept(event);
                    read++;
                }
                pages++;
                double seconds = Math.max(0.001, Duration.between(started, clock.instant()).toMillis() / 1000.0);
                progress.update(read, pages, Math.min(2.0, pages / seconds), false);
                if (ofCall.isEmpty()) {
                    break;
                }
            }
        }
        return ReadEnd.complete(pages, 0);
    }

    /** The day up to now, made again when the clock has moved on by an hour. */
    private List<TrailEvent> events() {
        Instant now = clock.instant();
        if (day == null || Duration.between(madeFor, now).compareTo(Duration.ofHours(1)) > 0) {
            day = new ArrayList<>(new BusyDay(now, clock.getZone()).events());
            madeFor = now;
        }
        return day;
    }
}
