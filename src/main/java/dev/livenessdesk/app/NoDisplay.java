package dev.livenessdesk.app;

import dev.livenessdesk.core.Words;
import java.util.Map;
import java.util.Optional;

/**
 * Says, before JavaFX tries, that a Linux or BSD desktop has no display to open the window on (no DISPLAY, no
 * WAYLAND_DISPLAY): JavaFX would die with "Unable to open DISPLAY" and a stack trace. Monocle (headless) needs none.
 */
final class NoDisplay {

    private static final Words WORDS = new Words("dev.livenessdesk.app.app");

    private NoDisplay() {
    }

    /** Why the window cannot open here, in words with what to do; empty when a display is there. */
    static Optional<String> reason(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        boolean x11Desktop = !os.contains("mac") && !os.contains("win");
        if (!x11Desktop || "monocle".equalsIgnoreCase(glassPlatform) || !blank(environment.get("DISPLAY"))
                || !blank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of(WORDS.get("noDisplay"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
