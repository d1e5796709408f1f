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
                                 Optional<URI> s3Endpoint, Optional<URI> cloudTrailEndpoint,
                                 Optional<URI> athenaEndpoint) {

    public ConnectionSettings {
        Objects.requireNonNull(region, "region");
        profile = profile == null ? Optional.empty() : profile.filter(p -> !p.isBlank());
        rekognitionEndpoint = rekognitionEndpoint == null ? Optional.empty() : rekognitionEndpoint;
        s3Endpoint = s3Endpoint == null ? Optional.empty() : s3Endpoint;
        cloudTrailEndpoint = cloudTrailEndpoint == null ? Optional.empty() : cloudTrailEndpoint;
        athenaEndpoint = athenaEndpoint == null ? Optional.empty() : athenaEndpoint;
    }

    /** A connection that leaves Athena at the SDK's endpoint (which honours AWS_ENDPOINT_URL_ATHENA). */
    public ConnectionSettings(Optional<String> profile, String region, Optional<URI> rekognitionEndpoint,
                              Optional<URI> s3Endpoint, Optional<URI> cloudTrailEndpoint) {
        this(profile, region, rekognitionEndpoint, s3Endpoint, cloudTrailEndpoint, Optional.empty());
    }

    /** A connection that leaves CloudTrail at the SDK's endpoint (which honours AWS_ENDPOINT_URL_CLOUDTRAIL). */
    public ConnectionSettings(Optional<String> profile, String region, Optional<URI> rekognitionEndpoint,
                              Optional<URI> s3Endpoint) {
        this(profile, region, rekognitionEndpoint, s3Endpoint, Optional.empty());
    }

    public static ConnectionSettings of(String profile, String region) {
        return new ConnectionSettings(Optional.ofNullable(profile), region, Optional.empty(), Optional.empty());
    }

    public ConnectionSettings withRegion(String newRegion) {
        return new ConnectionSettings(profile, newRegion, rekognitionEndpoint, s3Endpoint, cloudTrailEndpoint, athenaEndpoint);
    }

    public ConnectionSettings withProfile(Optional<String> newProfile) {
        return new ConnectionSettings(newProfile, region, rekognitionEndpoint, s3Endpoint, cloudTrailEndpoint, athenaEndpoint);
    }

    /** The same connection with CloudTrail's calls sent to this endpoint (the Activity tab's reads). */
    public ConnectionSettings withCloudTrailEndpoint(Optional<URI> endpoint) {
        return new ConnectionSettings(profile, region, rekognitionEndpoint, s3Endpoint, endpoint, athenaEndpoint);
    }

    /** The same connection with Athena's calls sent to this endpoint (the Activity tab's Athena route). */
    public ConnectionSettings withAthenaEndpoint(Optional<URI> endpoint) {
        return new ConnectionSettings(profile, region, rekognitionEndpoint, s3Endpoint, cloudTrailEndpoint, endpoint);
    }
}
