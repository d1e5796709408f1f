package dev.livenessdesk.core.files;

import java.util.Locale;
import java.util.Map;

/**
 * The home folder the AWS CLI and SDK read {@code .aws} from: HOME where it is set; on Windows then USERPROFILE
 * (so {@code %USERPROFILE%\.aws}), then HOMEDRIVE with HOMEPATH; else the JVM's user.home. The app's own files
 * under {@code .aws} (the SSO token cache) must sit where the SDK and the CLI look.
 */
public final class UserHome {

    private UserHome() {
    }

    public static String forAws() {
        return forAws(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static String forAws(Map<String, String> environment, String osName, String userHome) {
        String home = environment.get("HOME");
        if (home != null && !home.isBlank()) {
            return home;
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String profile = environment.get("USERPROFILE");
            if (profile != null && !profile.isBlank()) {
                return profile;
            }
            String drive = environment.get("HOMEDRIVE");
            String path = environment.get("HOMEPATH");
            if (drive != null && path != null && !drive.isBlank() && !path.isBlank()) {
                return drive + path;
            }
        }
        return userHome;
    }
}
