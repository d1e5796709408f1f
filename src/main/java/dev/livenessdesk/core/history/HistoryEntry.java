package dev.livenessdesk.core.history;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;


import dev.livenessdesk.core.session.FeedbackCode;
import java.time.Instant;
import java.util.List;
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
 * @param feedbackCodes why the check scored as it did, the codes as sent (a newer code stays readable); the
 *                     service's messages are not kept: AWS may reword them, and the app words each code itself
 * @param clientSdk    the client that ran the check, as that client reported it
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
        Optional<Instant> lastChecked,
        List<String> feedbackCodes,
        Optional<String> clientSdk) {

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
        feedbackCodes = feedbackCodes == null ? List.of()
                : feedbackCodes.stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty()).toList();
        clientSdk = clientSdk == null ? Optional.empty() : clientSdk.map(String::strip).filter(c -> !c.isEmpty());
    }

    /** An entry whose check gave no feedback and named no client (or was kept before the app stored them). */
    public HistoryEntry(String sessionId, Instant createdAt, Optional<String> profile, String region,
                        Optional<String> bucket, String keyPrefix, int auditImagesLimit, String lastStatus,
                        Optional<Float> confidence, Optional<Instant> lastChecked) {
        this(sessionId, createdAt, profile, region, bucket, keyPrefix, auditImagesLimit, lastStatus, confidence,
                lastChecked, List.of(), Optional.empty());
    }

    /** A session just created: status CREATED, never checked. */
    public static HistoryEntry of(CreatedSession session, Optional<String> profile) {
        SessionSettings settings = session.settings();
        return new HistoryEntry(session.sessionId(), session.createdAt(), profile, settings.region(),
                settings.bucket(), settings.keyPrefix(), settings.auditImagesLimit(), SessionStatus.CREATED.name(),
                Optional.empty(), Optional.empty());
    }

    /**
     * The same entry after reading its results; a confidence, feedback or client already known is kept when the
     * answer carries none, unless the answer is final (then its feedback, even none, is the check's last word).
     */
    public HistoryEntry withResult(SessionResults results, Instant checkedAt) {
        boolean lastWord = results.status().isFinal() || !results.feedback().isEmpty();
        return new HistoryEntry(sessionId, createdAt, profile, region, bucket, keyPrefix, auditImagesLimit,
                results.rawStatus(), results.confidence().or(() -> confidence), Optional.of(checkedAt),
                lastWord ? results.feedbackCodes() : feedbackCodes, results.clientSdk().or(() -> clientSdk));
    }

    /** The same entry with where and how it was created replaced (a reused request token), its results kept. */
    public HistoryEntry withCreation(HistoryEntry created) {
        return new HistoryEntry(created.sessionId, created.createdAt, created.profile, created.region,
                created.bucket, created.keyPrefix, created.auditImagesLimit, lastStatus, confidence, lastChecked,
                feedbackCodes, clientSdk);
    }

    /** The feedback codes as this app knows them, in order; UNKNOWN for a newer one. */
    public List<FeedbackCode> feedbackKinds() {
        return feedbackCodes.stream().map(FeedbackCode::fromWire).toList();
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
