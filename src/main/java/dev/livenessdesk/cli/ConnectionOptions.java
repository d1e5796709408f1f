package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.AwsService;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.EndpointCheck;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.EndpointValidator;
import dev.livenessdesk.core.connection.ProfileCatalog;
import java.net.URI;
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
                    + "endpoint). Default: AWS_ENDPOINT_URL_REKOGNITION / AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL, else the "
                    + "profile's endpoint_url.")
    String endpointUrl;

    /**
     * The endpoint given with --endpoint-url, checked by the same rules as the connection settings. Typing a plain
     * http URL to another computer on the command line is taken as the confirmation the app would ask for; the
     * risk is still said on stderr.
     */
    Optional<URI> endpoint(CommandContext context) throws InvalidInput {
        EndpointCheck check = EndpointValidator.check(endpointUrl, false);
        String described = CliText.get("label.endpoint") + ": " + check.message();
        if (check.outcome() == EndpointCheck.Outcome.ERROR) {
            throw new InvalidInput(described);
        }
        if (check.outcome() == EndpointCheck.Outcome.NEEDS_CONFIRMATION) {
            context.warn(described);
        }
        return check.endpoint();
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

    /** --endpoint-url and the region, each checked as the form checks them, as one Rekognition connection. */
    ConnectionSettings checkedRekognition(CommandContext context) throws InvalidInput {
        Optional<URI> endpoint = endpoint(context);
        String resolved = region(context.backend().profiles());
        new InputChecks(context).checkFields(dev.livenessdesk.core.session.SessionDraft.builder().region(resolved)
                .build(), true, dev.livenessdesk.core.session.SessionField.REGION);
        return forRekognition(context, resolved, endpoint);
    }

    /** The connection to Rekognition: --endpoint-url, else the endpoint the environment or profile sets. */
    ConnectionSettings forRekognition(CommandContext context, String resolvedRegion, Optional<URI> endpoint)
            throws InvalidInput {
        Optional<URI> used = endpoint.isPresent() ? endpoint : configured(context, AwsService.REKOGNITION,
                resolvedRegion);
        return new ConnectionSettings(profileName(), resolvedRegion, used, Optional.empty());
    }

    /** The connection to S3: --endpoint-url, else the endpoint the environment or profile sets. */
    ConnectionSettings forS3(CommandContext context, String resolvedRegion, Optional<URI> endpoint)
            throws InvalidInput {
        Optional<URI> used = endpoint.isPresent() ? endpoint : configured(context, AwsService.S3, resolvedRegion);
        return new ConnectionSettings(profileName(), resolvedRegion, Optional.empty(), used);
    }

    /** The connection to CloudTrail: --endpoint-url, else the endpoint the environment or profile sets. */
    ConnectionSettings forCloudTrail(CommandContext context, String resolvedRegion, Optional<URI> endpoint)
            throws InvalidInput {
        Optional<URI> used = endpoint.isPresent() ? endpoint : configured(context, AwsService.CLOUDTRAIL,
                resolvedRegion);
        return new ConnectionSettings(profileName(), resolvedRegion, Optional.empty(), Optional.empty(), used);
    }

    /** The connection to Athena: --endpoint-url, else the endpoint the environment or profile sets. */
    ConnectionSettings forAthena(CommandContext context, String resolvedRegion, Optional<URI> endpoint)
            throws InvalidInput {
        Optional<URI> used = endpoint.isPresent() ? endpoint : configured(context, AwsService.ATHENA, resolvedRegion);
        return new ConnectionSettings(profileName(), resolvedRegion, Optional.empty(), Optional.empty(),
                Optional.empty(), used);
    }

    /**
     * An endpoint set by AWS_ENDPOINT_URL_* or a profile's endpoint_url, made explicit so every message names it,
     * and checked like --endpoint-url: the same refusal of a malformed URL, the same warning for plain http to
     * another computer (a variable set on purpose is the confirmation, as the option is).
     */
    private Optional<URI> configured(CommandContext context, AwsService service, String resolvedRegion)
            throws InvalidInput {
        EndpointResolver.Configured configured = context.endpoints().resolve(service,
                new ConnectionSettings(profileName(), resolvedRegion, Optional.empty(), Optional.empty()));
        if (!configured.isConfigured()) {
            return Optional.empty();
        }
        EndpointCheck check = configured.check(false);
        String described = configured.settingName() + ": " + check.message();
        if (check.outcome() == EndpointCheck.Outcome.ERROR) {
            throw new InvalidInput(described);
        }
        if (check.outcome() == EndpointCheck.Outcome.NEEDS_CONFIRMATION) {
            context.warn(described);
        }
        return check.endpoint();
    }
}
