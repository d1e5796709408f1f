package dev.livenessdesk.core.files;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The user's application data folder, where preferences and history live. The system property
 * {@code livenessdesk.dataDir} overrides it (tests, portable installs).
 */
public final class AppDirectories {

    public static final String OVERRIDE_PROPERTY = "livenessdesk.dataDir";
    private static final String FOLDER = "liveness-desk";

    private AppDirectories() {
    }

    public static Path dataDirectory() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Liveness Desk");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Liveness Desk");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, FOLDER) : Path.of(home, ".local", "share", FOLDER);
    }
}
