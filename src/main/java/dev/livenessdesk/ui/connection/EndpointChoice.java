package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.Words;
import dev.livenessdesk.core.connection.AwsService;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.ResolvedEndpoint;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The endpoints a connection really uses. The user's overrides (the Endpoints fields) win; otherwise what
 * AWS_ENDPOINT_URL_* or the profile sets is made explicit in the connection, so every message names the endpoint
 * the calls go to. Plain http to another computer needs a yes wherever the URL came from; a refused or malformed
 * configured URL is replaced by the public AWS endpoint, and the bar says so.
 */
final class EndpointChoice {

    private final EndpointResolver resolver;
    private final EndpointConfirmation confirmation;
    private final Words words = ConnectionBarViewModel.WORDS;
    private final Set<URI> confirmed = new HashSet<>();
    private final Set<URI> declined = new HashSet<>();
    private final Map<AwsService, ResolvedEndpoint> inUse = new EnumMap<>(AwsService.class);
    private String problem = "";

    EndpointChoice(EndpointResolver resolver, EndpointConfirmation confirmation) {
        this.resolver = Objects.requireNonNull(resolver);
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    /**
     * Asks before plain http leaves this computer: once per URL for a configured endpoint, on every try for one
     * the user typed and applies again. Empty when the user declined.
     */
    Optional<EndpointCheck> confirmed(EndpointCheck check, boolean askAgain) {
        if (check.outcome() != EndpointCheck.Outcome.NEEDS_CONFIRMATION) {
            return Optional.of(check);
        }
        URI endpoint = check.endpoint().orElseThrow();
        if (confirmed.contains(endpoint)) {
            return Optional.of(EndpointCheck.ok(Optional.of(endpoint)));
        }
        if ((declined.contains(endpoint) && !askAgain) || !confirmation.confirmPlainHttp(endpoint, check.message())) {
            declined.add(endpoint);
            return Optional.empty();
        }
        declined.remove(endpoint);
        confirmed.add(endpoint);
        return Optional.of(EndpointCheck.ok(Optional.of(endpoint)));
    }

    /** The typed connection with every endpoint the calls will use made explicit; notes what it replaced. */
    ConnectionSettings effective(ConnectionSettings typed) {
        problem = "";
        Optional<URI> rekognition = effective(AwsService.REKOGNITION, typed);
        Optional<URI> s3 = effective(AwsService.S3, typed);
        Optional<URI> cloudTrail = effective(AwsService.CLOUDTRAIL, typed);
        Optional<URI> athena = effective(AwsService.ATHENA, typed);
        return new ConnectionSettings(typed.profile(), typed.region(), rekognition, s3, cloudTrail, athena);
    }

    private Optional<URI> effective(AwsService service, ConnectionSettings typed) {
        EndpointResolver.Configured configured = resolver.resolve(service, typed);
        if (!configured.isConfigured()) {
            URI uri = URI.create(configured.text());
            inUse.put(service, configured.resolved(uri));
            return configured.source() == ResolvedEndpoint.Source.OVERRIDE ? Optional.of(uri) : Optional.empty();
        }
        EndpointCheck check = configured.check(false);
        Optional<EndpointCheck> usable = check.outcome() == EndpointCheck.Outcome.ERROR ? Optional.empty()
                : confirmed(check, false);
        if (usable.isPresent()) {
            URI uri = usable.get().endpoint().orElseThrow();
            inUse.put(service, configured.resolved(uri));
            return Optional.of(uri);
        }
        // Not what the setting asked for: the public endpoint, named explicitly so the SDK does not read it again.
        URI publicEndpoint = service.publicEndpoint(typed.region());
        inUse.put(service, new ResolvedEndpoint(publicEndpoint, ResolvedEndpoint.Source.PUBLIC, ""));
        problem = words.get("endpoint.configured.replaced", configured.settingName(), check.message(),
                publicEndpoint);
        return Optional.of(publicEndpoint);
    }

    /** Why a configured endpoint is not used; empty when every setting is. */
    String problem() {
        return problem;
    }

    /** "Rekognition: 127.0.0.1:9 · S3: AWS", for the Endpoints button. */
    String summary() {
        ResolvedEndpoint rekognition = inUse.get(AwsService.REKOGNITION);
        ResolvedEndpoint s3 = inUse.get(AwsService.S3);
        if ((rekognition == null || rekognition.isPublic()) && (s3 == null || s3.isPublic())) {
            // The Activity tab's services only: said, so a stand-in or VPC endpoint for CloudTrail is never hidden.
            boolean activityElsewhere = Stream.of(AwsService.CLOUDTRAIL, AwsService.ATHENA).map(inUse::get)
                    .anyMatch(endpoint -> endpoint != null && !endpoint.isPublic());
            return words.get(activityElsewhere ? "endpoint.custom.activity" : "endpoint.default");
        }
        return words.get("endpoint.custom", shortName(rekognition), shortName(s3));
    }

    private String shortName(ResolvedEndpoint endpoint) {
        return endpoint == null ? words.get("endpoint.aws") : endpoint.shortName();
    }

    /** Where the service's calls go and why, as the empty override field's prompt. */
    String prompt(AwsService service) {
        ResolvedEndpoint endpoint = inUse.get(service);
        return endpoint == null || endpoint.source() == ResolvedEndpoint.Source.OVERRIDE ? words.get("endpoint.prompt")
                : words.get("endpoint.prompt.inUse", endpoint.described());
    }

    /** Every service, one line each, for the tooltip. */
    String details() {
        return words.get("endpoint.details", described(AwsService.REKOGNITION), described(AwsService.S3),
                described(AwsService.CLOUDTRAIL), described(AwsService.ATHENA));
    }

    private String described(AwsService service) {
        ResolvedEndpoint endpoint = inUse.get(service);
        return endpoint == null ? "" : endpoint.described();
    }
}
