package dev.livenessdesk.core.session;

import dev.livenessdesk.core.Messages;

import java.util.regex.Pattern;

/** Face Liveness session ids: exactly 36 characters, a lowercase UUID (service model). */
public final class SessionIds {

    public static final Pattern PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SessionIds() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && PATTERN.matcher(candidate).matches();
    }

    /** Trims what a user pasted; ids are lowercase, so an uppercase paste is accepted and lowered. */
    public static String normalize(String pasted) {
        if (pasted == null) {
            return "";
        }
        // Only ASCII letters are lowered: toLowerCase would turn the Kelvin sign into a 'k' the user never typed.
        return ModelText.asciiLowerCase(ModelText.strip(pasted));
    }

    public static String invalidMessage(String candidate) {
        return Messages.get("validation.sessionId", candidate == null ? "" : candidate);
    }
}
