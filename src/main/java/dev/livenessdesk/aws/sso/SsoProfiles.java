package dev.livenessdesk.aws.sso;

import dev.livenessdesk.aws.ConnectionWords;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.profiles.ProfileProperty;

/** Reads a profile's IAM Identity Center settings through the SDK's own profile parser. */
final class SsoProfiles {

    static final String SSO_SESSION = "sso_session";
    static final String SSO_SESSION_SECTION = "sso-session";
    static final String SCOPES = "sso_registration_scopes";
    // What the AWS CLI registers for when an sso-session names no scopes.
    static final List<String> DEFAULT_SCOPES = List.of("sso:account:access");

    private final Supplier<ProfileFile> profileFile;

    SsoProfiles(Supplier<ProfileFile> profileFile) {
        this.profileFile = profileFile;
    }

    /** The profile the SDK would use for an empty choice: AWS_PROFILE / aws.profile, else "default". */
    static String effectiveName(Optional<String> profile) {
        return profile.or(() -> ProfileFileSystemSetting.AWS_PROFILE.getStringValue())
                .filter(name -> !name.isBlank()).orElse("default");
    }

    /** The sign-in settings, or why this profile cannot be signed in here (as the exception's message). */
    SsoProfile read(String name) throws NotSignableHere {
        ProfileFile file = profileFile.get();
        Profile profile = file.profile(name)
                .orElseThrow(() -> new NotSignableHere(ConnectionWords.get("sso.not.sso", name)));
        Optional<String> session = value(profile, SSO_SESSION);
        if (session.isPresent()) {
            Profile section = file.getSection(SSO_SESSION_SECTION, session.get())
                    .orElseThrow(() -> new NotSignableHere(ConnectionWords.get("sso.no.session", name, session.get())));
            String where = "[sso-session " + session.get() + "]";
            String startUrl = value(section, ProfileProperty.SSO_START_URL)
                    .orElseThrow(() -> new NotSignableHere(ConnectionWords.get("sso.no.start.url", where)));
            String region = value(section, ProfileProperty.SSO_REGION)
                    .orElseThrow(() -> new NotSignableHere(ConnectionWords.get("sso.no.region", where)));
            List<String> scopes = value(section, SCOPES)
                    .map(text -> Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                    .filter(list -> !list.isEmpty()).orElse(DEFAULT_SCOPES);
            return new SsoProfile(name, session, startUrl, region, scopes);
        }
        Optional<String> startUrl = value(profile, ProfileProperty.SSO_START_URL);
        if (startUrl.isEmpty()) {
            throw new NotSignableHere(ConnectionWords.get("sso.not.sso", name));
        }
        String region = value(profile, ProfileProperty.SSO_REGION)
                .orElseThrow(() -> new NotSignableHere(ConnectionWords.get("sso.no.region", "Profile " + name)));
        return new SsoProfile(name, Optional.empty(), startUrl.get(), region, List.of());
    }

    private static Optional<String> value(Profile profile, String property) {
        return profile.property(property).map(String::trim).filter(text -> !text.isEmpty());
    }

    /** The profile exists but the app cannot run the device flow for it; the message says why. */
    static final class NotSignableHere extends Exception {
        private static final long serialVersionUID = 1L;

        NotSignableHere(String message) {
            super(message);
        }
    }
}
