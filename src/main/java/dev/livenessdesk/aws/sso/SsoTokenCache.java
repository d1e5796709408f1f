package dev.livenessdesk.aws.sso;

import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.core.files.UserHome;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The IAM Identity Center token cache shared with the AWS CLI v2 and the SDKs: one JSON file per sso-session (or
 * legacy start URL) in ~/.aws/sso/cache, readable only by its owner. The token values are secrets: they are written
 * here and nowhere else, never logged.
 */
public final class SsoTokenCache {

    // The CLI writes whole seconds in UTC with a literal Z: 2026-11-25T21:00:00Z.
    private static final DateTimeFormatter CLI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    /** .aws/sso/cache in the home folder the CLI and the SDK use (on Windows %USERPROFILE%): see UserHome. */
    public static SsoTokenCache inUserHome() {
        return new SsoTokenCache(Paths.get(UserHome.forAws(), ".aws", "sso", "cache"));
    }

    public Path directory() {
        return directory;
    }

    public Path fileOf(SsoProfile profile) {
        return directory.resolve(profile.cacheFileName());
    }

    /** Writes the token atomically, so the CLI never reads half a file. */
    public Path store(SsoProfile profile, Token token) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("startUrl", profile.startUrl());
        fields.put("region", profile.ssoRegion());
        fields.put("accessToken", token.accessToken());
        fields.put("expiresAt", format(token.expiresAt()));
        fields.put("clientId", token.clientId());
        fields.put("clientSecret", token.clientSecret());
        token.registrationExpiresAt().ifPresent(at -> fields.put("registrationExpiresAt", format(at)));
        token.refreshToken().ifPresent(refresh -> fields.put("refreshToken", refresh));

        createPrivateDirectories(directory);
        Path target = fileOf(profile);
        AtomicFiles.write(target, JSON.writeValueAsBytes(fields), true, AtomicFiles.ATOMIC_RENAME);
        return target;
    }

    static String format(Instant instant) {
        return CLI_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Files.createDirectories(directory);
        if (AtomicFiles.isPosix()) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * A token to cache. Its toString hides the secrets, so a stray log line cannot leak them.
     */
    public record Token(String accessToken, Instant expiresAt, String clientId, String clientSecret,
                        Optional<Instant> registrationExpiresAt, Optional<String> refreshToken) {

        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + ", clientId=" + clientId + ", secrets hidden]";
        }
    }
}
