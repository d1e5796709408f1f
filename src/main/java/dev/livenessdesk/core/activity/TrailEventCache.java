package dev.livenessdesk.core.activity;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The port for what was read of a trail, kept on this computer: the events by id, and which time ranges of which
 * call were read whole, so a window read again, or one that overlaps it, asks the service only for what is new.
 * A scope names the trail (profile, region, endpoint): two accounts never share what was kept.
 */
public interface TrailEventCache {

    /** Keeps nothing: every read asks the service. */
    TrailEventCache NONE = new TrailEventCache() {
        @Override
        public List<TimeRange> covered(String scope, String eventName) {
            return List.of();
        }

        @Override
        public void keep(String scope, List<CachedEvent> events) {
        }

        @Override
        public void markCovered(String scope, String eventName, TimeRange range) {
        }

        @Override
        public long replay(String scope, String eventName, TimeRange range, Consumer<CachedEvent> each) {
            return 0;
        }
    };

    /** The ranges of this call read whole before, merged, in time order. */
    List<TimeRange> covered(String scope, String eventName) throws IOException;

    /** Keeps events; an event already kept (same id) stays as it was. */
    void keep(String scope, List<CachedEvent> events) throws IOException;

    /** Notes that every event of this call in the range is kept. */
    void markCovered(String scope, String eventName, TimeRange range) throws IOException;

    /** Hands the kept events of this call in the range to {@code each}, newest first, one at a time; how many. */
    long replay(String scope, String eventName, TimeRange range, Consumer<CachedEvent> each) throws IOException;
}
