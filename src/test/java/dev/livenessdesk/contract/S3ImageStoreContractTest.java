package dev.livenessdesk.contract;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/** The image-store contract the sandbox passes, run through AwsBackend's S3 adapter against S3Mock. */
class S3ImageStoreContractTest extends ImageStoreContract {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static AwsClients clients;
    private static AwsBackend backend;
    private static ConnectionSettings connection;

    @BeforeAll
    static void connect() {
        clients = S3TestConnection.clients();
        backend = new AwsBackend(clients, Clock.systemUTC(), new AwsProfileCatalog());
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
    }

    @AfterAll
    static void disconnect() {
        backend.close();
    }

    @Override
    protected ImageStore store() {
        return backend.imageStore(connection);
    }

    @Override
    protected String emptyBucket() {
        String bucket = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        clients.s3(connection).createBucket(b -> b.bucket(bucket));
        return bucket;
    }

    @Override
    protected void storeObject(String bucket, String key, byte[] bytes) {
        clients.s3(connection).putObject(p -> p.bucket(bucket).key(key).contentType("image/jpeg"),
                RequestBody.fromBytes(bytes));
    }
}
