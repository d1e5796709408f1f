package dev.livenessdesk.core.files;

import java.util.Locale;
import java.util.Map;

/**
 * The home folder the AWS CLI and SDK read {@code .aws} from: HOME where it is set; on Windows then USERPROFILE
 * (so {@code %USERPROFILE%\.aws}), then HOMEDRIVE with HOMEPATH; else the JVM's user.home. The app's own files
 * under {@code .aws} (the SSO token cache) must sit where the SDK and the CLI look. Messages name the AWS files
 * as each OS writes them ({@link #awsConfigShown()}).
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

    /** The AWS config file as messages name it: {@code ~/.aws/config}; {@code %USERPROFILE%\.aws\config} on Windows. */
    public static String awsConfigShown() {
        return awsFileShown("config", System.getenv(), System.getProperty("os.name", ""));
    }

    /** The AWS credentials file as a message names it (see {@link #awsConfigShown()}). */
    public static String awsCredentialsShown() {
        return awsFileShown("credentials", System.getenv(), System.getProperty("os.name", ""));
    }

    /**
     * {@code file} in the AWS folder the way a user of {@code osName} writes it, with that OS's separator; the file
     * the SDK is told to read instead (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE) as it was given.
     */
    static String awsFileShown(String file, Map<String, String> environment, String osName) {
        String moved = environment.get(file.equals("config") ? "AWS_CONFIG_FILE" : "AWS_SHARED_CREDENTIALS_FILE");
        if (moved != null && !moved.isBlank()) {
            return moved;
        }
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? "%USERPROFILE%\\.aws\\" + file
                : "~/.aws/" + file;
    }
}
