package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ProfileCatalog;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The user's AWS profiles as the SDK itself reads them (config + credentials, honouring AWS_CONFIG_FILE,
 * AWS_SHARED_CREDENTIALS_FILE and the aws.configFile / aws.sharedCredentialsFile properties). The files are read
 * again on each call, so a profile added in a terminal shows up without a restart.
 */
public final class AwsProfileCatalog implements ProfileCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(AwsProfileCatalog.class);
    private static final String DEFAULT_PROFILE = "default";

    private static final String SERVICES = "services";

    private final Supplier<ProfileFile> profileFile;

    public AwsProfileCatalog() {
        this(ProfileFile::defaultProfileFile);
    }

    /** @param profileFile reads the profile files; called on every question */
    public AwsProfileCatalog(Supplier<ProfileFile> profileFile) {
        this.profileFile = profileFile;
    }

    @Override
    public List<String> profileNames() {
        return profiles().keySet().stream()
                .sorted(Comparator.comparing((String name) -> !DEFAULT_PROFILE.equals(name))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    @Override
    public String activeProfileName() {
        return ProfileFileSystemSetting.AWS_PROFILE.getStringValue().filter(name -> !name.isBlank())
                .orElse(DEFAULT_PROFILE);
    }

    /** The SDK's order: the profile's services section entry ({@code rekognition = / endpoint_url = ...}) first. */
    @Override
    public Optional<String> endpointUrlOf(String profile, String serviceKey) {
        ProfileFile file = readableFile();
        if (file == null) {
            return Optional.empty();
        }
        Optional<Profile> found = file.profile(profile);
        Optional<String> fromServices = found.flatMap(p -> p.property(SERVICES))
                .flatMap(section -> file.getSection(SERVICES, section.strip()))
                .flatMap(section -> section.property(serviceKey + "." + ProfileProperty.ENDPOINT_URL));
        return fromServices.or(() -> found.flatMap(p -> p.property(ProfileProperty.ENDPOINT_URL)))
                .map(String::strip).filter(url -> !url.isEmpty());
    }

    @Override
    public boolean ignoresConfiguredEndpoints(String profile) {
        return Optional.ofNullable(profiles().get(profile))
                .flatMap(p -> p.property(ProfileProperty.IGNORE_CONFIGURED_ENDPOINT_URLS))
                .map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
    }

    @Override
    public Optional<String> regionOf(String profile) {
        return Optional.ofNullable(profiles().get(profile))
                .flatMap(found -> found.property(ProfileProperty.REGION))
                .map(String::trim)
                .filter(region -> !region.isEmpty());
    }

    @Override
    public Optional<String> environmentRegion() {
        return SdkSystemSetting.AWS_REGION.getStringValue().map(String::trim).filter(region -> !region.isEmpty());
    }

    private Map<String, Profile> profiles() {
        ProfileFile file = readableFile();
        return file == null ? Map.of() : file.profiles();
    }

    /** Null when unreadable. */
    private ProfileFile readableFile() {
        try {
            return profileFile.get();
        } catch (RuntimeException e) {
            // A hand-edited file with a typo must not take the app down: show no profiles, say why in the log.
            LOG.debug("The AWS config or credentials file could not be read", e);
            return null;
        }
    }
}
