package dev.livenessdesk.core.session;

import java.util.Arrays;
import java.util.Optional;

/** The challenge a Face Liveness check asks of the user; the wire names come from the service model. */
public enum ChallengeType {
    FACE_MOVEMENT_AND_LIGHT("FaceMovementAndLightChallenge"),
    FACE_MOVEMENT("FaceMovementChallenge");

    /** What the service uses when no challenge preference is sent. */
    public static final ChallengeType DEFAULT = FACE_MOVEMENT_AND_LIGHT;

    private final String wireName;

    ChallengeType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ChallengeType> fromWireName(String name) {
        String typed = name == null ? "" : ModelText.strip(name);
        return Arrays.stream(values()).filter(t -> ModelText.equalsIgnoringAsciiCase(t.wireName, typed)).findFirst();
    }
}
