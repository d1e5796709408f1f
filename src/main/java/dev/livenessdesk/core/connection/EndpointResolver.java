package dev.livenessdesk.core.connection;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Works out, without calling anything, the endpoint each service's calls go to, the way the AWS SDKs do: an
 * override set for the connection, then {@code AWS_ENDPOINT_URL_<SERVICE>}, then {@code AWS_ENDPOINT_URL}, then the
 * profile's {@code services} section and its {@code endpoint_url}, else the public regional endpoint;
 * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true} (or the profile's {@code ignore_configured_endpoint_urls})
 * skips the environment and the profile.
 */
public final class EndpointResolver {

    /** The offline sandbox: nothing leaves this computer, so no setting applies. */
    public static final EndpointResolver NONE = new EndpointResolver(Map.of(), null);

    static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";
    static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    private final Map<String, String> environment;
    private final ProfileCatalog profiles;

    /** @param environment the process environment ({@code System.getenv()}); tests pass their own */
    public EndpointResolver(Map<String, String> environment, ProfileCatalog profiles) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment));
        this.profiles = profiles;
    }

    /** Where the service's calls on this connection go; a configured value is returned as written, unchecked. */
    public Configured resolve(AwsService service, ConnectionSettings connection) {
        Optional<URI> override = switch (service) {
            case REKOGNITION -> connection.rekognitionEndpoint();
            case S3 -> connection.s3Endpoint();
            case CLOUDTRAIL -> connection.cloudTrailEndpoint();
            case ATHENA -> connection.athenaEndpoint();
            case STS, IAM, KMS -> Optional.empty();
        };
        if (override.isPresent()) {
            return new Configured(override.get().toString(), ResolvedEndpoint.Source.OVERRIDE, "");
        }
        if (profiles != null && !ignoresConfigured(connection)) {
            Optional<Configured> configured = fromEnvironment(service.variable())
                    .or(() -> fromEnvironment(GLOBAL_VARIABLE))
                    .or(() -> fromProfile(service, profileOf(connection)));
            if (configured.isPresent()) {
                return configured.get();
            }
        }
        return new Configured(service.publicEndpoint(connection.region()).toString(), ResolvedEndpoint.Source.PUBLIC,
                "");
    }

    private boolean ignoresConfigured(ConnectionSettings connection) {
        String variable = environment.get(IGNORE_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return variable.strip().equalsIgnoreCase("true");
        }
        return profiles.ignoresConfiguredEndpoints(profileOf(connection));
    }

    private String profileOf(ConnectionSettings connection) {
        return connection.profile().orElseGet(profiles::activeProfileName);
    }

    private Optional<Configured> fromEnvironment(String variable) {
        return Optional.ofNullable(environment.get(variable)).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> new Configured(value, ResolvedEndpoint.Source.ENVIRONMENT, variable));
    }

    private Optional<Configured> fromProfile(AwsService service, String profile) {
        return profiles.endpointUrlOf(profile, service.key()).map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> new Configured(value, ResolvedEndpoint.Source.PROFILE, profile));
    }

    /**
     * An endpoint as a setting wrote it, before the checks every endpoint gets ({@link EndpointValidator}).
     *
     * @param text   the URL as written
     * @param source which setting chose it
     * @param origin the variable or profile name; empty for an override or the public endpoint
     */
    public record Configured(String text, ResolvedEndpoint.Source source, String origin) {

        /** Checked as every endpoint is; plain http to another computer needs the user's yes, wherever it came from. */
        public EndpointCheck check(boolean userConfirmedPlainHttp) {
            return EndpointValidator.check(text, userConfirmedPlainHttp);
        }

        /** The endpoint once checked. */
        public ResolvedEndpoint resolved(URI uri) {
            return new ResolvedEndpoint(uri, source, origin);
        }

        /** Set by the environment or a profile: what the connection must name as an explicit endpoint. */
        public boolean isConfigured() {
            return source == ResolvedEndpoint.Source.ENVIRONMENT || source == ResolvedEndpoint.Source.PROFILE;
        }

        /** The variable or profile, in words: "AWS_ENDPOINT_URL_S3", "profile qa". */
        public String settingName() {
            return source == ResolvedEndpoint.Source.PROFILE
                    ? dev.livenessdesk.core.Messages.get("endpoint.source.profileName", origin) : origin;
        }
    }
}
