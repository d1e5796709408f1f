package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.testsupport.AwsFilesForTest;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * A profile whose credentials cannot be had, read by the SDK's own profile support: a credential_process that
 * never finishes, a source_profile chain that loops. Both are CREDENTIALS_ERROR naming the profile and the cause,
 * never the endpoint (which was never reached) and never "try again".
 */
class CredentialChainFailuresTest {

    private RekognitionStandIn standIn;
    private AwsFilesForTest files;

    @BeforeEach
    void profiles(@TempDir Path home) throws IOException {
        standIn = RekognitionStandIn.start();
        Path config = Files.writeString(home.resolve("config"), """
                [profile stuck]
                region = us-east-1
                credential_process = sleep 60

                [profile loop-a]
                region = us-east-1
                role_arn = arn:aws:iam::123456789012:role/a
                source_profile = loop-b

                [profile loop-b]
                region = us-east-1
                role_arn = arn:aws:iam::123456789012:role/b
                source_profile = loop-a
                """);
        files = AwsFilesForTest.use(Files.writeString(home.resolve("credentials"), ""), config);
    }

    @AfterEach
    void restore() {
        files.close();
        standIn.close();
    }

    private JsonNode error(String profile) {
        AwsClients clients = new AwsClients(AwsClientOptions.defaults()
                .withRetryStrategy(AwsRetryStrategy.doNotRetry())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)));
        CliRun run = CliRun.run(() -> new AwsBackend(clients, Clock.systemUTC(), new AwsProfileCatalog()),
                "results", "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", "--region=us-east-1",
                "--endpoint-url=" + standIn.uri(), "--profile=" + profile);
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(standIn.requests()).as("nothing reached the endpoint").isEmpty();
        return run.envelope().path("error");
    }

    @Test
    void aCredentialProcessThatNeverFinishesIsTheProfilesFault() {
        JsonNode error = error("stuck");

        assertThat(error.path("code").asText()).isEqualTo("CREDENTIALS_ERROR");
        assertThat(error.path("message").asText()).startsWith("The credentials of profile stuck could not be obtained:")
                .contains("credential_process").doesNotContain(standIn.uri().toString());
    }

    @Test
    void aSourceProfileLoopIsTheProfilesFault() {
        JsonNode error = error("loop-a");

        assertThat(error.path("code").asText()).isEqualTo("CREDENTIALS_ERROR");
        assertThat(error.path("message").asText()).startsWith("The credentials of profile loop-a could not be obtained:")
                .containsIgnoringCase("circular");
        assertThat(error.toString()).doesNotContain("Try again");
    }
}
