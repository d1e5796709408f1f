package dev.livenessdesk.aws;

import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckCredentialsIssuer;
import dev.livenessdesk.core.check.CheckRoleMissing;
import dev.livenessdesk.core.check.CredentialScope;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Credentials a check page can do nothing with but start the video check, for 15 minutes:
 * sts:AssumeRole into the user's check role (profile key {@value #ROLE_KEY}, or {@value #ROLE_VARIABLE}), else
 * sts:GetFederationToken when the profile holds IAM user keys; both with an inline policy of only
 * rekognition:StartFaceLivenessSession. Role and SSO profiles without a check role get the user's own temporary
 * credentials only when the user chose that after the warning. Long-term keys never leave this class.
 */
public final class StsCheckCredentials implements CheckCredentialsIssuer {

    public static final String ROLE_KEY = "liveness_check_role_arn";
    public static final String ROLE_VARIABLE = "LIVENESS_DESK_CHECK_ROLE_ARN";
    static final String SESSION_NAME = "liveness-desk-check";
    /** The inline policy: the page's credentials may only start a Face Liveness check. */
    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"" + ACTION + "\",\"Resource\":\"*\"}]}";

    private final AwsClients clients;
    private final Supplier<ProfileFile> profileFile;
    private final Map<String, String> environment;
    private final Optional<URI> stsEndpoint;
    private final Clock clock;

    /** @param stsEndpoint where STS answers; empty: the SDK's choice for the region (honours AWS_ENDPOINT_URL_STS) */
    public StsCheckCredentials(AwsClients clients, Supplier<ProfileFile> profileFile, Map<String, String> environment,
                               Optional<URI> stsEndpoint, Clock clock) {
        this.clients = clients;
        this.profileFile = profileFile;
        this.environment = environment;
        this.stsEndpoint = stsEndpoint;
        this.clock = clock;
    }

    public StsCheckCredentials(AwsClients clients) {
        this(clients, ProfileFile::defaultProfileFile, System.getenv(), Optional.empty(), Clock.systemUTC());
    }

    @Override
    public CheckCredentials issue(ConnectionSettings connection, boolean handOverCurrent) throws ServiceException {
        Optional<String> role = checkRole(connection);
        String operation = role.isPresent() ? "sts:AssumeRole" : "sts:GetFederationToken";
        try {
            AwsCredentials current = clients.credentials(connection).resolveCredentials();
            StsClient sts = clients.sts(connection, stsEndpoint);
            if (role.isPresent()) {
                Credentials given = sts.assumeRole(request -> request.roleArn(role.get())
                        .roleSessionName(SESSION_NAME).policy(POLICY).durationSeconds(DURATION_SECONDS)).credentials();
                return of(given, CredentialScope.CHECK_ROLE);
            }
            if (!(current instanceof AwsSessionCredentials temporary)) {
                Credentials given = sts.getFederationToken(request -> request.name(SESSION_NAME)
                        .policy(POLICY).durationSeconds(DURATION_SECONDS)).credentials();
                return of(given, CredentialScope.FEDERATION_TOKEN);
            }
            if (!handOverCurrent) {
                throw new CheckRoleMissing(AwsErrorTranslator.credentialSource(connection));
            }
            return new CheckCredentials(temporary.accessKeyId(), temporary.secretAccessKey(),
                    temporary.sessionToken(), temporary.expirationTime()
                            .orElse(clock.instant().plus(Duration.ofSeconds(DURATION_SECONDS))),
                    CredentialScope.CURRENT_TEMPORARY);
        } catch (CheckRoleMissing missing) {
            throw missing;
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, operation, connection);
        }
    }

    /** The check role: the profile's {@value #ROLE_KEY}, else the environment's {@value #ROLE_VARIABLE}. */
    Optional<String> checkRole(ConnectionSettings connection) {
        String name = connection.profile().or(() -> Optional.ofNullable(environment.get("AWS_PROFILE")))
                .filter(profile -> !profile.isBlank()).orElse("default");
        Optional<String> fromProfile;
        try {
            fromProfile = profileFile.get().profile(name).flatMap(profile -> profile.property(ROLE_KEY));
        } catch (RuntimeException unreadable) {
            fromProfile = Optional.empty();
        }
        return fromProfile.or(() -> Optional.ofNullable(environment.get(ROLE_VARIABLE)))
                .map(String::strip).filter(arn -> !arn.isEmpty());
    }

    private static CheckCredentials of(Credentials given, CredentialScope scope) {
        return new CheckCredentials(given.accessKeyId(), given.secretAccessKey(), given.sessionToken(),
                given.expiration(), scope);
    }
}
