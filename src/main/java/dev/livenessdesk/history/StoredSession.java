package dev.livenessdesk.history;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.livenessdesk.core.history.HistoryEntry;
import java.time.Instant;
import java.util.List;

/**
 * One history entry as it is written to an export: flat, nullable, named for people who open the file (the same
 * names the history.json of earlier versions used). In CSV the feedback codes share one cell, separated by ';'.
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
}
