package dev.livenessdesk.cli;

import dev.livenessdesk.core.ConnectionSettings;
import dev.livenessdesk.core.ProfileCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a command connects: profile, region and endpoint, shared by every command. */
final class ConnectionOptions {

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region. Default: AWS_REGION, else the profile's region.")
    String region;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile from the AWS config and credentials files. Default: AWS_PROFILE, else the "
                    + "SDK's default chain.")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send requests to this http(s) URL instead of the AWS endpoint (an emulator, a VPC "
                    + "endpoint). Default: AWS_ENDPOINT_URL_REKOGNITION / AWS_ENDPOINT_URL_S3.")
    String endpointUrl;

    /** The endpoint given with --endpoint-url, checked to be an http(s) URL with a host. */
    Optional<URI> endpoint() throws InvalidInput {
        if (endpointUrl == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpointUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException notAUri) {
            // Reported below in the same words as any other unusable URL.
        }
        throw new InvalidInput(CliText.get("endpoint.invalid", endpointUrl));
    }

    /** --region, else the environment's region, else the profile's (like the AWS CLI), else refused. */
    String region(ProfileCatalog profiles) throws InvalidInput {
        if (region != null && !region.isBlank()) {
            return region.strip();
        }
        String profileName = profileName().orElseGet(profiles::activeProfileName);
        return profiles.environmentRegion()
                .or(() -> profiles.regionOf(profileName))
                .orElseThrow(() -> new InvalidInput(CliText.get("region.missing")));
    }

    Optional<String> profileName() {
        return Optional.ofNullable(profile).map(String::strip).filter(name -> !name.isEmpty());
    }

    ConnectionSettings forRekognition(String resolvedRegion, Optional<URI> endpoint) {
        return new ConnectionSettings(profileName(), resolvedRegion, endpoint, Optional.empty());
    }

    ConnectionSettings forS3(String resolvedRegion, Optional<URI> endpoint) {
        return new ConnectionSettings(profileName(), resolvedRegion, Optional.empty(), endpoint);
    }
}
