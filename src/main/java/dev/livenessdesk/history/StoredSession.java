package dev.livenessdesk.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.livenessdesk.core.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One history entry as it is written to the file and to exports: flat, nullable, named for people who open the
 * file. Fields a later version adds are ignored when read, so an older app can still open a newer file; fields an
 * older version did not write (feedback codes, client) read as empty. In CSV the feedback codes share one cell,
 * separated by ';'.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sessionId", "createdAt", "profile", "region", "bucket", "keyPrefix", "auditImagesLimit",
        "lastStatus", "confidence", "lastChecked", "feedbackCodes", "clientSdk"})
record StoredSession(
        String sessionId,
        Instant createdAt,
        String profile,
        String region,
        String bucket,
        String keyPrefix,
        Integer auditImagesLimit,
        String lastStatus,
        Float confidence,
        Instant lastChecked,
        List<String> feedbackCodes,
        String clientSdk) {

    static StoredSession of(HistoryEntry entry) {
        return new StoredSession(entry.sessionId(), entry.createdAt(), entry.profile().orElse(null), entry.region(),
                entry.bucket().orElse(null), entry.keyPrefix(), entry.auditImagesLimit(), entry.lastStatus(),
                entry.confidence().orElse(null), entry.lastChecked().orElse(null), entry.feedbackCodes(),
                entry.clientSdk().orElse(null));
    }

    /** Back to the core record; empty when a hand-edited entry lacks what every entry must have. */
    Optional<HistoryEntry> toEntry() {
        if (sessionId == null || createdAt == null || region == null) {
            return Optional.empty();
        }
        return Optional.of(new HistoryEntry(sessionId, createdAt, Optional.ofNullable(profile), region,
                Optional.ofNullable(bucket), keyPrefix, auditImagesLimit == null ? 0 : auditImagesLimit, lastStatus,
                Optional.ofNullable(confidence), Optional.ofNullable(lastChecked), feedbackCodes,
                Optional.ofNullable(clientSdk)));
    }
}
