package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.KmsKeyFacts;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** KMS DescribeKey in the session's region: does the key (id, ARN or alias) exist, and what kind of key is it? */
final class KmsKeyLookup {

    static final String OPERATION = "kms:DescribeKey";

    private final AwsClients clients;
    private final Optional<URI> endpoint;

    KmsKeyLookup(AwsClients clients, Optional<URI> endpoint) {
        this.clients = clients;
        this.endpoint = endpoint;
    }

    KmsKeyFacts describe(ConnectionSettings connection, String keyId) throws ServiceException {
        try {
            KeyMetadata key = clients.kms(connection, endpoint).describeKey(request -> request.keyId(keyId))
                    .keyMetadata();
            return new KmsKeyFacts(key.arn(), key.keyId(), key.keyStateAsString(), key.keyUsageAsString(),
                    key.keySpecAsString());
        } catch (NotFoundException e) {
            throw new ServiceException(AwsErrorTranslator.fromAnswer(ErrorKind.NOT_FOUND, e,
                    SetupAdapterWords.get("kms.notFound", keyId, connection.region()),
                    SetupAdapterWords.get("kms.notFound.next")), e);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, OPERATION, connection);
        }
    }
}
