package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One sandbox session as the service would hold it; immutable, replaced on every change. */
record SandboxSession(CreatedSession created, SessionStatus status, Optional<Float> confidence,
                      Optional<ResultImage> reference, List<ResultImage> audits, Optional<String> challengeVersion,
                      List<FeedbackItem> feedback, Optional<String> clientSdk) {

    SandboxSession {
        audits = List.copyOf(audits);
        feedback = List.copyOf(feedback);
    }

    static SandboxSession fresh(CreatedSession created) {
        return new SandboxSession(created, SessionStatus.CREATED, Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(), Optional.empty());
    }

    /** As the service sees it at {@code now}: a session not started by its deadline has expired. */
    SandboxSession at(Instant now) {
        boolean expired = status == SessionStatus.CREATED && !now.isBefore(created.startDeadline());
        return expired ? withStatus(SessionStatus.EXPIRED) : this;
    }

    SandboxSession withStatus(SessionStatus newStatus) {
        return new SandboxSession(created, newStatus, confidence, reference, audits, challengeVersion, feedback,
                clientSdk);
    }

    SandboxSession succeeded(float score, ResultImage referenceImage, List<ResultImage> auditImages,
                             String version, List<FeedbackItem> why, String client) {
        return new SandboxSession(created, SessionStatus.SUCCEEDED, Optional.of(score), Optional.of(referenceImage),
                auditImages, Optional.of(version), why, Optional.of(client));
    }

    /** GetFaceLivenessSessionResults' answer; image bytes are copied so no caller can change the sandbox's. */
    SessionResults toResults() {
        boolean ran = status == SessionStatus.SUCCEEDED;
        return new SessionResults(created.sessionId(), status, status.name(), confidence, reference.map(
                SandboxSession::copy), audits.stream().map(SandboxSession::copy).toList(),
                ran ? Optional.of(created.settings().challengeType().wireName()) : Optional.empty(),
                challengeVersion, feedback, clientSdk);
    }

    private static ResultImage copy(ResultImage image) {
        return new ResultImage(image.kind(), image.auditIndex(), image.s3Object(), image.bytes().map(byte[]::clone),
                image.boundingBox());
    }
}
