package dev.livenessdesk.core.connection;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which AWS account and place the app talks to: a named profile (empty: the SDK's default chain, which honours
 * AWS_PROFILE), a region, and optional endpoint overrides (empty: the SDK default, which honours
 * AWS_ENDPOINT_URL_REKOGNITION / AWS_ENDPOINT_URL_S3 and a profile's endpoint_url).
 */
public record ConnectionSettings(Optional<String> profile, String region, Optional<URI> rekognitionEndpoint,
                                 Optional<URI> s3Endpoint) {

    public ConnectionSettings {
        Objects.requireNonNull(region, "region");
        profile = profile == null ? Optional.empty() : profile.filter(p -> !p.isBlank());
        rekognitionEndpoint = rekognitionEndpoint == null ? Optional.empty() : rekognitionEndpoint;
        s3Endpoint = s3Endpoint == null ? Optional.empty() : s3Endpoint;
    }

    public static ConnectionSettings of(String profile, String region) {
        return new ConnectionSettings(Optional.ofNullable(profile), region, Optional.empty(), Optional.empty());
    }

    public ConnectionSettings withRegion(String newRegion) {
        return new ConnectionSettings(profile, newRegion, rekognitionEndpoint, s3Endpoint);
    }

    public ConnectionSettings withProfile(Optional<String> newProfile) {
        return new ConnectionSettings(newProfile, region, rekognitionEndpoint, s3Endpoint);
    }
}
