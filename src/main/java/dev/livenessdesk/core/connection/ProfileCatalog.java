package dev.livenessdesk.core.connection;

import java.util.List;
import java.util.Optional;

/** The named profiles of the user's AWS config and credentials files, and what the environment selects. */
public interface ProfileCatalog {

    /** Every profile name, sorted, "default" first when present. */
    List<String> profileNames();

    /** The profile the SDK would use with no choice made: AWS_PROFILE / aws.profile, else "default". */
    String activeProfileName();

    /** The region a profile configures, when it does. */
    Optional<String> regionOf(String profile);

    /** The region the environment selects (AWS_REGION / aws.region), when it does. */
    Optional<String> environmentRegion();

    /**
     * The endpoint a profile sets for a service: its {@code services} section's entry for the service, else its
     * {@code endpoint_url}. Empty where the files set none (and for catalogs that know no endpoints).
     */
    default Optional<String> endpointUrlOf(String profile, String serviceKey) {
        return Optional.empty();
    }

    /** The profile's {@code ignore_configured_endpoint_urls = true}. */
    default boolean ignoresConfiguredEndpoints(String profile) {
        return false;
    }
}
