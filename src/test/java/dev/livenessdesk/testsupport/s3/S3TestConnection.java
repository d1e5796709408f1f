package dev.livenessdesk.testsupport.s3;

import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/** The app's own clients pointed at a local S3Mock: static test credentials, one attempt, path-style. */
public final class S3TestConnection {

    public static final String REGION = "us-east-1";

    private S3TestConnection() {
    }

    public static ConnectionSettings settings(int httpPort) {
        return new ConnectionSettings(Optional.empty(), REGION, Optional.empty(),
                Optional.of(URI.create("http://localhost:" + httpPort)));
    }

    public static AwsClients clients() {
        return new AwsClients(AwsClientOptions.defaults()
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .withRetryStrategy(AwsRetryStrategy.doNotRetry()));
    }
}
