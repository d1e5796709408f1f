package dev.livenessdesk.aws;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/**
 * Finds which AWS credentials or config file the SDK cannot parse, and on which line, by reading each file on its
 * own. The words name the file and the line, never the line's text, which may hold a secret key.
 */
final class ProfileFileProblems {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private ProfileFileProblems() {
    }

    /** The first broken file (credentials first, then config), in words; empty when both read cleanly. */
    static Optional<ServiceError> find() {
        return broken(ProfileFile.Type.CREDENTIALS, ProfileFileLocation.credentialsFileLocation())
                .or(() -> broken(ProfileFile.Type.CONFIGURATION, ProfileFileLocation.configurationFileLocation()));
    }

    private static Optional<ServiceError> broken(ProfileFile.Type type, Optional<Path> location) {
        if (location.isEmpty()) {
            return Optional.empty();
        }
        Path file = location.get();
        try {
            ProfileFile.builder().content(file).type(type).build().profiles();
            return Optional.empty();
        } catch (RuntimeException e) {
            String which = AwsErrorWords.get(type == ProfileFile.Type.CREDENTIALS ? "profileFile.credentials"
                    : "profileFile.config");
            Matcher line = LINE.matcher(String.valueOf(e.getMessage()));
            String message = line.find()
                    ? AwsErrorWords.get("profileFile.line.message", which, file.toString(), line.group(1))
                    : AwsErrorWords.get("profileFile.message", which, file.toString());
            String next = line.find(0)
                    ? AwsErrorWords.get("profileFile.line.next", line.group(1))
                    : AwsErrorWords.get("profileFile.next");
            return Optional.of(ServiceError.of(ErrorKind.CREDENTIALS_FILE, message, next));
        }
    }
}
