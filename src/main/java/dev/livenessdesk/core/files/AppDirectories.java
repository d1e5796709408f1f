package dev.livenessdesk.core.files;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's application data folder, where preferences and history live: {@code %APPDATA%\Liveness Desk} on
 * Windows, {@code ~/Library/Application Support/Liveness Desk} on macOS, {@code $XDG_DATA_HOME/liveness-desk}
 * (else {@code ~/.local/share/liveness-desk}) on Linux. The system property {@code livenessdesk.dataDir}
 * overrides it (tests, portable installs).
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
        return dataDirectory(FileSystems.getDefault(), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    /** The folder by the rules of {@code osName}, in {@code fileSystem} (tests give jimfs's Windows or macOS one). */
    static Path dataDirectory(FileSystem fileSystem, Map<String, String> environment, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            // Without APPDATA (a stripped environment) the folder it always names: the profile's AppData\Roaming.
            String appData = environment.get("APPDATA");
            return appData != null && !appData.isBlank() ? fileSystem.getPath(appData, "Liveness Desk")
                    : fileSystem.getPath(home, "AppData", "Roaming", "Liveness Desk");
        }
        if (os.startsWith("mac")) {
            return fileSystem.getPath(home, "Library", "Application Support", "Liveness Desk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? fileSystem.getPath(xdg, FOLDER)
                : fileSystem.getPath(home, ".local", "share", FOLDER);
    }
}
