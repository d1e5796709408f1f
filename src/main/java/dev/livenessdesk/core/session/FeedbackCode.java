package dev.livenessdesk.core.session;

import java.util.Arrays;

/**
 * Why a check scored as it did, as GetFaceLivenessSessionResults codes it (Feedback[].Code). Logic uses these
 * codes, never the message: AWS says the message text may change.
 */
public enum FeedbackCode {
    FACE_NOT_VISIBLE,
    FACE_OBSTRUCTION_DETECTED,
    LOW_VIDEO_QUALITY_DETECTED,
    FACE_NOT_ALIGNED,
    EYES_CLOSED_DETECTED,
    LOW_LIGHTING_DETECTED,
    HIGH_LIGHTING_DETECTED,
    /** A code newer than this app: show the raw string the service sent. */
    UNKNOWN;

    public static FeedbackCode fromWire(String raw) {
        return Arrays.stream(values()).filter(c -> c != UNKNOWN && c.name().equals(raw)).findFirst().orElse(UNKNOWN);
    }
}
