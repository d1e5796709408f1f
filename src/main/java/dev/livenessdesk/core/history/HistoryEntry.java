package dev.livenessdesk.core.history;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;


import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session created on this desktop, as the history keeps it: where it was made and what its results said the
 * last time anyone looked. No images: they are biometric data and stay in S3 or in memory.
 *
 * @param profile      the AWS profile used; empty for the SDK's default chain
 * @param bucket       the output bucket; empty when the images came back as bytes
 * @param lastStatus   the status string as the service last sent it (kept raw, so a newer status reads as sent)
 * @param confidence   0..100, once the check ran
 * @param lastChecked  when the results were last read; empty until then
 */
public record HistoryEntry(
        String sessionId,
        Instant createdAt,
        Optional<String> profile,
        String region,
        Optional<String> bucket,
        String keyPrefix,
        int auditImagesLimit,
        String lastStatus,
        Optional<Float> confidence,
        Optional<Instant> lastChecked) {

    public HistoryEntry {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(region, "region");
        profile = profile == null ? Optional.empty() : profile.filter(p -> !p.isBlank());
        bucket = bucket == null ? Optional.empty() : bucket.filter(b -> !b.isBlank());
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        lastStatus = lastStatus == null || lastStatus.isBlank() ? SessionStatus.CREATED.name() : lastStatus;
        confidence = confidence == null ? Optional.empty() : confidence;
        lastChecked = lastChecked == null ? Optional.empty() : lastChecked;
    }

    /** A session just created: status CREATED, never checked. */
    public static HistoryEntry of(CreatedSession session, Optional<String> profile) {
        SessionSettings settings = session.settings();
        return new HistoryEntry(session.sessionId(), session.createdAt(), profile, settings.region(),
                settings.bucket(), settings.keyPrefix(), settings.auditImagesLimit(), SessionStatus.CREATED.name(),
                Optional.empty(), Optional.empty());
    }

    /** The same entry after reading its results; a confidence already known is kept when none came. */
    public HistoryEntry withResult(SessionResults results, Instant checkedAt) {
        return new HistoryEntry(sessionId, createdAt, profile, region, bucket, keyPrefix, auditImagesLimit,
                results.rawStatus(), results.confidence().or(() -> confidence), Optional.of(checkedAt));
    }

    /** The status as an enum, UNKNOWN for a string this version does not know. */
    public SessionStatus status() {
        return SessionStatus.fromWire(lastStatus);
    }

    /** Where the images went: "bucket/prefix", or empty when they came back as bytes. */
    public String outputLocation() {
        return bucket.map(b -> b + "/" + keyPrefix).orElse("");
    }
}
