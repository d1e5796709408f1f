package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.failure.ServiceException;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * "Who am I?" through STS GetCallerIdentity on the connection's cached client. Needs no IAM permission, so it
 * tells a credentials problem apart from a missing Rekognition permission.
 */
public final class StsCallerIdentity implements IdentityService {

    static final String OPERATION = "sts:GetCallerIdentity";

    private final AwsClients clients;
    private final CredentialSources sources;
    private final Optional<URI> stsEndpoint;

    /** @param stsEndpoint where STS answers; empty: the SDK's choice for the region */
    public StsCallerIdentity(AwsClients clients, CredentialSources sources, Optional<URI> stsEndpoint) {
        this.clients = clients;
        this.sources = sources;
        this.stsEndpoint = stsEndpoint;
    }

    public StsCallerIdentity(AwsClients clients) {
        this(clients, new CredentialSources(), Optional.empty());
    }

    @Override
    public CallerIdentity whoAmI(ConnectionSettings connection) throws ServiceException {
        try {
            // The same provider the client signs with; it caches, so this costs no second sign-in or AssumeRole.
            AwsCredentialsIdentity credentials = clients.credentials(connection).resolveCredentials();
            GetCallerIdentityResponse answer = clients.sts(connection, stsEndpoint).getCallerIdentity();
            return new CallerIdentity(answer.account(), answer.arn(), answer.userId(),
                    credentials.expirationTime(), sources.describe(connection));
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, OPERATION, connection);
        }
    }
}
