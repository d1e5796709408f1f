package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.session.CheckOutcome;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.Messages;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plays the end user's check on a sandbox session: draws the images, stores them where Rekognition would (the
 * output bucket, or the results' bytes when there is none), and sets the status and confidence.
 */
public final class SandboxCheckSimulator implements CheckSimulator {

    /** The liveness score a live user gets in the sandbox. */
    public static final float LIVE_CONFIDENCE = 93.5f;
    /** The liveness score a spoof gets: the check still SUCCEEDED (it ran), the score says "not live". */
    public static final float SPOOF_CONFIDENCE = 12.0f;
    /** A live person in a dim room, off to one side: below both pass-mark presets. */
    public static final float POOR_CONDITIONS_CONFIDENCE = 41.5f;
    /**
     * The client the sandbox reports as having run the check (Metadata.SDKType); it names the sandbox, so nobody
     * mistakes a played check for one run in a real Amplify client.
     */
    public static final String CLIENT_SDK = "LivenessDesk-Sandbox";
    /** The challenge version reported when the session asked for none. */
    public static final String DEFAULT_CHALLENGE_VERSION = "1.0.0";

    private final SandboxSessions sessions;
    private final SandboxImageStore images;
    // One check at a time, so two clicks cannot store two sets of images for one session.
    private final Object checkInProgress = new Object();

    SandboxCheckSimulator(SandboxSessions sessions, SandboxImageStore images) {
        this.sessions = sessions;
        this.images = images;
    }

    /** Where a session's images go in its bucket: {@code <prefix><sessionId>/reference.jpg}. */
    public static String referenceKey(SessionSettings settings, String sessionId) {
        return settings.keyPrefix() + sessionId + "/reference.jpg";
    }

    /** {@code <prefix><sessionId>/audit/<n>.jpg}, n from 1. */
    public static String auditKey(SessionSettings settings, String sessionId, int index) {
        return settings.keyPrefix() + sessionId + "/audit/" + index + ".jpg";
    }

    @Override
    public void simulateCheckStarted(String sessionId) throws ServiceException {
        sessions.start(sessionId);
    }

    @Override
    public void simulateCompletedCheck(String sessionId, CheckOutcome outcome) throws ServiceException {
        synchronized (checkInProgress) {
            CreatedSession session = sessions.start(sessionId).created();
            try {
                SessionSettings settings = session.settings();
                ResultImage reference = store(session, ImageKind.REFERENCE, 0);
                List<ResultImage> audits = new ArrayList<>();
                for (int index = 1; index <= auditsReturned(settings.auditImagesLimit(), outcome); index++) {
                    audits.add(store(session, ImageKind.AUDIT, index));
                }
                String version = settings.challengeMinVersion().or(settings::challengeMaxVersion)
                        .orElse(DEFAULT_CHALLENGE_VERSION);
                sessions.succeed(sessionId, confidence(outcome), reference, audits, version, feedback(outcome),
                        CLIENT_SDK);
            } catch (RuntimeException drawingFailed) {
                sessions.fail(sessionId);
                throw new ServiceException(ServiceError.of(ErrorKind.SERVICE_ERROR,
                        SandboxMessages.get("simulate.broken.message", sessionId),
                        SandboxMessages.get("simulate.broken.nextStep")), drawingFailed);
            }
        }
    }

    private static float confidence(CheckOutcome outcome) {
        return switch (outcome) {
            case LIVE -> LIVE_CONFIDENCE;
            case SPOOF -> SPOOF_CONFIDENCE;
            case POOR_CONDITIONS -> POOR_CONDITIONS_CONFIDENCE;
        };
    }

    /** What the service would say about each play: a screen replay blurs, a dim room off to one side shows. */
    static List<FeedbackItem> feedback(CheckOutcome outcome) {
        List<FeedbackCode> codes = switch (outcome) {
            case LIVE -> List.of();
            case SPOOF -> List.of(FeedbackCode.LOW_VIDEO_QUALITY_DETECTED);
            case POOR_CONDITIONS -> List.of(FeedbackCode.LOW_LIGHTING_DETECTED, FeedbackCode.FACE_NOT_ALIGNED);
        };
        return codes.stream().map(code -> new FeedbackItem(code.name(),
                SandboxMessages.get("feedback." + code.name()))).toList();
    }

    /** Audit images are best effort: a short, troubled check leaves half as many (rounded down). */
    private static int auditsReturned(int limit, CheckOutcome outcome) {
        return outcome == CheckOutcome.POOR_CONDITIONS ? limit / 2 : limit;
    }

    /** The check could not run to the end (the user left, the camera failed): FAILED, with no images. */
    public void simulateFailedCheck(String sessionId) throws ServiceException {
        synchronized (checkInProgress) {
            sessions.start(sessionId);
            sessions.fail(sessionId);
        }
    }

    private ResultImage store(CreatedSession session, ImageKind kind, int index) {
        String sessionId = session.sessionId();
        String label = kind == ImageKind.REFERENCE ? Messages.get("image.kind.reference")
                : Messages.get("image.kind.audit", index);
        SandboxPortraits.Portrait portrait = SandboxPortraits.draw(sessionId, label, index);
        SessionSettings settings = session.settings();
        if (settings.bucket().isEmpty()) {
            return new ResultImage(kind, index, Optional.empty(), Optional.of(portrait.jpeg()),
                    Optional.of(portrait.face()));
        }
        String key = kind == ImageKind.REFERENCE ? referenceKey(settings, sessionId)
                : auditKey(settings, sessionId, index);
        S3Location location = new S3Location(settings.bucket().get(), key);
        images.putDrawn(location.bucket(), location.key(), portrait.jpeg(),
                () -> SandboxPortraits.draw(sessionId, label, index).jpeg());
        return new ResultImage(kind, index, Optional.of(location), Optional.empty(), Optional.of(portrait.face()));
    }
}
