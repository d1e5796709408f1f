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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * A hand-edited credentials file with a broken line, read by the SDK's own profile support as in production
 * (no test credentials): CREDENTIALS_ERROR naming the file and the line, never the line, which may hold a secret.
 */
class BrokenCredentialsFileTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYzzzSECRET";

    private RekognitionStandIn standIn;
    private Path credentials;
    // The build points the SDK at empty files, away from the user's own; they are put back as found.
    private AwsFilesForTest files;

    @BeforeEach
    void brokenFiles(@TempDir Path home) throws IOException {
        standIn = RekognitionStandIn.start();
        credentials = Files.writeString(home.resolve("credentials"),
                "[default]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key " + SECRET + "\n");
        Path config = Files.writeString(home.resolve("config"), "[default]\nregion = us-east-1\n");
        files = AwsFilesForTest.use(credentials, config);
    }

    @AfterEach
    void restore() {
        files.close();
        standIn.close();
    }

    @ParameterizedTest(name = "profile \"{0}\"")
    @ValueSource(strings = {"nope", "default", ""})
    void theFileAndLineAreNamedButNotTheLine(String profile) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("results",
                "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", "--region=us-east-1", "--endpoint-url=" + standIn.uri()));
        if (!profile.isEmpty()) {
            args.add("--profile=" + profile); // none: the SDK's default chain reads the same files
        }
        AwsClients clients = new AwsClients(AwsClientOptions.defaults()
                .withRetryStrategy(AwsRetryStrategy.doNotRetry())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));

        CliRun run = CliRun.run(() -> new AwsBackend(clients, Clock.systemUTC(), new AwsProfileCatalog()),
                args.toArray(String[]::new));

        JsonNode error = run.envelope().path("error");
        assertThat(run.exitCode()).as("stderr: %s", run.stderr()).isEqualTo(1);
        assertThat(error.path("code").asText()).isEqualTo("CREDENTIALS_ERROR");
        assertThat(error.path("message").asText()).isEqualTo("The AWS credentials file " + credentials
                + " cannot be read: line 3 is not a [profile] heading, a name = value setting or a comment. Open "
                + "the file and fix or remove line 3 (it is not shown here, as it may hold a secret key), then try "
                + "again.");
        assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET).doesNotContain("\tat ");
        assertThat(standIn.requests()).as("no request goes out unsigned").isEmpty();
    }
}
