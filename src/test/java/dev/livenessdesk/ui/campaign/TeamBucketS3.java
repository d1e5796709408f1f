package dev.livenessdesk.ui.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.testsupport.NoProfiles;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Mock as the campaign sharing tests reach it: through the real SDK and AwsBackend, a fresh bucket per test, and
 * what a bucket holds read back as the tests check it.
 */
final class TeamBucketS3 implements AutoCloseable {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final AwsClients clients = S3TestConnection.clients();
    private final AwsBackend aws = new AwsBackend(clients, Clock.systemUTC(), new NoProfiles());

    TeamBucketS3(int port) {
        this.port = port;
    }

    /** A new, empty bucket whose name starts with the stem. */
    String newBucket(String stem) {
        String bucket = stem + "-" + BUCKETS.incrementAndGet();
        seeder().bucket(bucket);
        return bucket;
    }

    /** The records port as the app gets it from its backend, whatever the connection. */
    Optional<SessionRecords> records(ConnectionSettings ignored) {
        return aws.sessionRecords(S3TestConnection.settings(port));
    }

    S3Seeder seeder() {
        return new S3Seeder(s3());
    }

    JsonNode json(String bucket, String key) throws IOException {
        return JSON.readTree(s3().getObject(b -> b.bucket(bucket).key(key), ResponseTransformer.toBytes())
                .asByteArray());
    }

    List<String> keys(String bucket) {
        return s3().listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(o -> o.key()).toList();
    }

    private S3Client s3() {
        return clients.s3(S3TestConnection.settings(port));
    }

    @Override
    public void close() {
        aws.close();
        clients.close();
    }
}
