package dev.livenessdesk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What GetFaceLivenessSessionResults said about a session.
 *
 * @param rawStatus the status string as sent, shown when {@link #status()} is UNKNOWN
 * @param confidence 0..100, present once the check ran
 */
public record SessionResults(
        String sessionId,
        SessionStatus status,
        String rawStatus,
        Optional<Float> confidence,
        Optional<ResultImage> referenceImage,
        List<ResultImage> auditImages,
        Optional<String> challengeType,
        Optional<String> challengeVersion) {

    public SessionResults {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        rawStatus = rawStatus == null ? status.name() : rawStatus;
        confidence = confidence == null ? Optional.empty() : confidence;
        referenceImage = referenceImage == null ? Optional.empty() : referenceImage;
        auditImages = auditImages == null ? List.of() : List.copyOf(auditImages);
        challengeType = challengeType == null ? Optional.empty() : challengeType;
        challengeVersion = challengeVersion == null ? Optional.empty() : challengeVersion;
    }

    /** The status as a user should read it: the raw string for one this app does not know. */
    public String displayStatus() {
        return status == SessionStatus.UNKNOWN ? rawStatus : status.name();
    }
}
