package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/** Says in words where a connection's credentials come from, by reading its profile as the SDK does. */
public final class CredentialSources {

    private final Supplier<ProfileFile> profileFile;

    public CredentialSources(Supplier<ProfileFile> profileFile) {
        this.profileFile = profileFile;
    }

    public CredentialSources() {
        this(ProfileFile::defaultProfileFile);
    }

    /** "profile dev: IAM Identity Center", "profile ci: role Liveness through profile keys", ... */
    public String describe(ConnectionSettings connection) {
        if (connection.profile().isEmpty()) {
            return ConnectionWords.get("source.chain");
        }
        String name = connection.profile().get();
        Optional<Profile> profile = read(name);
        String kind = profile.map(CredentialSources::kindOf).orElseGet(() -> ConnectionWords.get("source.unknown"));
        return ConnectionWords.get("source.profile", name, kind);
    }

    private static String kindOf(Profile profile) {
        if (has(profile, ProfileSection.SSO_SESSION) || has(profile, ProfileProperty.SSO_START_URL)) {
            return ConnectionWords.get("source.sso");
        }
        Optional<String> role = profile.property(ProfileProperty.ROLE_ARN);
        if (role.isPresent()) {
            String roleName = role.get().substring(role.get().lastIndexOf('/') + 1);
            return profile.property(ProfileProperty.SOURCE_PROFILE)
                    .map(source -> ConnectionWords.get("source.role.profile", roleName, source))
                    .or(() -> profile.property(ProfileProperty.CREDENTIAL_SOURCE)
                            .map(source -> ConnectionWords.get("source.role.credential", roleName, source)))
                    .or(() -> profile.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE)
                            .map(file -> ConnectionWords.get("source.role.web", roleName)))
                    .orElseGet(() -> ConnectionWords.get("source.role", roleName));
        }
        if (has(profile, ProfileProperty.CREDENTIAL_PROCESS)) {
            return ConnectionWords.get("source.process");
        }
        if (has(profile, ProfileProperty.AWS_SESSION_TOKEN)) {
            return ConnectionWords.get("source.keys.temporary");
        }
        if (has(profile, ProfileProperty.AWS_ACCESS_KEY_ID)) {
            return ConnectionWords.get("source.keys");
        }
        return ConnectionWords.get("source.unknown");
    }

    private Optional<Profile> read(String name) {
        try {
            return profileFile.get().profile(name);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean has(Profile profile, String property) {
        return profile.property(property).filter(value -> !value.isBlank()).isPresent();
    }

    /** Property names the SDK's ProfileProperty does not spell out. */
    static final class ProfileSection {
        static final String SSO_SESSION = "sso_session";

        private ProfileSection() {
        }
    }
}
