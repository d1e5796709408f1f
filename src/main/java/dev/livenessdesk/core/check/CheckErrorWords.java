package dev.livenessdesk.core.check;

import java.util.Locale;
import java.util.Set;

/**
 * The Amplify FaceLivenessDetector's error states (LivenessErrorState) in words a support person understands,
 * with what to do next. A runtime error is told apart by its message where the component says what failed to load.
 */
final class CheckErrorWords {

    private static final Set<String> KNOWN = Set.of("CONNECTION_TIMEOUT", "TIMEOUT", "RUNTIME_ERROR",
            "FRESHNESS_TIMEOUT", "SERVER_ERROR", "CAMERA_FRAMERATE_ERROR", "CAMERA_ACCESS_ERROR",
            "FACE_DISTANCE_ERROR", "MOBILE_LANDSCAPE_ERROR", "MULTIPLE_FACES_ERROR", "DEFAULT_CAMERA_NOT_FOUND_ERROR");

    private CheckErrorWords() {
    }

    static String of(String state, String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("blazeface") || lower.contains("face model")) {
            return CheckWords.get("error.FACE_MODEL");
        }
        if (lower.contains("wasm")) {
            return CheckWords.get("error.WASM");
        }
        if (lower.contains("failed to fetch") || lower.contains("networkerror") || lower.contains("websocket")) {
            return CheckWords.get("error.NETWORK");
        }
        if (KNOWN.contains(state)) {
            return CheckWords.get("error." + state);
        }
        return CheckWords.get("error.UNKNOWN", state.isEmpty() ? "?" : state);
    }
}
