package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event as the desk keeps it between reads: CloudTrail's id, the call, the time, the session it names, and the
 * record exactly as CloudTrail sent it (read again when replayed).
 */
public record CachedEvent(String eventId, String eventName, Instant time, Optional<String> sessionId,
                          String rawRecord) {

    public CachedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(time, "time");
        sessionId = sessionId == null ? Optional.empty() : sessionId;
        rawRecord = rawRecord == null ? "" : rawRecord;
    }
}
