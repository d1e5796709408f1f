package dev.livenessdesk.core.session;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.StoredImage;


import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What GetFaceLivenessSessionResults said about a session.
 *
 * @param rawStatus the status string as sent, shown when {@link #status()} is UNKNOWN
 * @param confidence 0..100, present once the check ran
 * @param feedback   why the check scored as it did (Feedback), in the service's order; empty when none came
 * @param clientSdk  the client that ran the check (Metadata.SDKType), as that client reports it: shown, never
 *                   used for a decision
 */
public record SessionResults(
        String sessionId,
        SessionStatus status,
        String rawStatus,
        Optional<Float> confidence,
        Optional<ResultImage> referenceImage,
        List<ResultImage> auditImages,
        Optional<String> challengeType,
        Optional<String> challengeVersion,
        List<FeedbackItem> feedback,
        Optional<String> clientSdk) {

    public SessionResults {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
        rawStatus = rawStatus == null ? status.name() : rawStatus;
        confidence = confidence == null ? Optional.empty() : confidence;
        referenceImage = referenceImage == null ? Optional.empty() : referenceImage;
        auditImages = auditImages == null ? List.of() : List.copyOf(auditImages);
        challengeType = challengeType == null ? Optional.empty() : challengeType;
        challengeVersion = challengeVersion == null ? Optional.empty() : challengeVersion;
        feedback = feedback == null ? List.of() : List.copyOf(feedback);
        clientSdk = clientSdk == null ? Optional.empty() : clientSdk.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Results that carry no feedback and name no client (a check not run yet, or a service before 2026-09). */
    public SessionResults(String sessionId, SessionStatus status, String rawStatus, Optional<Float> confidence,
                          Optional<ResultImage> referenceImage, List<ResultImage> auditImages,
                          Optional<String> challengeType, Optional<String> challengeVersion) {
        this(sessionId, status, rawStatus, confidence, referenceImage, auditImages, challengeType, challengeVersion,
                List.of(), Optional.empty());
    }

    /** The feedback codes as sent, in order, for the history and filters. */
    public List<String> feedbackCodes() {
        return feedback.stream().map(FeedbackItem::code).toList();
    }

    /**
     * The images that are in S3, as the viewer lists them: these keys are authoritative (AWS documents no key
     * layout). Size and time are unknown here (-1 and null) until a listing fills them in.
     */
    public List<StoredImage> storedImages() {
        List<StoredImage> images = new java.util.ArrayList<>();
        referenceImage.flatMap(ResultImage::s3Object).ifPresent(location ->
                images.add(new StoredImage(location, sessionId, ImageKind.REFERENCE, 0, -1, null)));
        for (ResultImage audit : auditImages) {
            audit.s3Object().ifPresent(location -> images.add(new StoredImage(location, sessionId, ImageKind.AUDIT,
                    audit.auditIndex() > 0 ? audit.auditIndex() : images.size(), -1, null)));
        }
        return images;
    }

    /** The status as a user should read it: the raw string for one this app does not know. */
    public String displayStatus() {
        return status == SessionStatus.UNKNOWN ? rawStatus : status.name();
    }
}
