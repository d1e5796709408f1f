package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * AWS_ENDPOINT_URL_* sends the calls elsewhere: the command line names that endpoint and where it came from, and
 * checks it as it checks --endpoint-url (the same refusal, the same plain-http warning).
 */
class EndpointFromEnvironmentTest {

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    @Test
    void callsGoWhereTheVariableSaysAndAnErrorNamesThatEndpoint() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort;

        CliRun run = CliRun.run(StandInBackends.aws(), Map.of("AWS_ENDPOINT_URL_REKOGNITION", endpoint),
                "results", "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope().path("error").path("code").asText()).isEqualTo("NETWORK_ERROR");
        String message = run.envelope().path("error").path("message").asText();
        assertThat(message).startsWith("Could not reach " + endpoint + ".")
                .doesNotContain("rekognition.us-east-1.amazonaws.com")
                .doesNotContain("endpoint override in the connection settings")
                .contains("--endpoint-url").contains("AWS_ENDPOINT_URL_REKOGNITION");
        assertThat(run.stderr()).as("loopback: no warning").doesNotContain("warning:");
    }

    @Test
    void theVariableReachesTheStandInLikeTheOption() {
        CliRun run = CliRun.run(StandInBackends.aws(), Map.of("AWS_ENDPOINT_URL", standIn.uri().toString()),
                "create", "--region", "us-east-1");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.envelope().path("success").asBoolean()).isTrue();
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE)).isNotNull();
    }

    @Test
    void theOptionWinsOverTheVariable() {
        CliRun run = CliRun.run(StandInBackends.aws(), Map.of("AWS_ENDPOINT_URL_REKOGNITION", "http://127.0.0.1:9"),
                "create", "--region", "us-east-1", "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
    }

    @Test
    void plainHttpFromTheVariableToAnotherComputerIsWarnedAboutLikeTheOption() {
        // 192.0.2.0/24 is reserved for documentation: nothing answers there, and the connect timeout ends it.
        CliRun run = CliRun.run(StandInBackends.aws(), Map.of("AWS_ENDPOINT_URL_REKOGNITION", "http://192.0.2.1:9"),
                "create", "--region", "us-east-1");

        assertThat(run.stderr()).contains("warning: AWS_ENDPOINT_URL_REKOGNITION: Plain http to 192.0.2.1 sends "
                + "your signed requests and the service's answers unencrypted over the network.");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope().path("error").path("message").asText()).startsWith("Could not reach http://192.0.2.1:9");
    }

    @Test
    void aMalformedVariableIsRefusedBeforeAnyCallNamingTheVariable() {
        CliRun run = CliRun.run(StandInBackends.aws(), Map.of("AWS_ENDPOINT_URL_S3", "s3.example.com"),
                "sessions", "--bucket", "liveness-out", "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope().path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(run.envelope().path("error").path("message").asText())
                .isEqualTo("AWS_ENDPOINT_URL_S3: 's3.example.com' must start with https:// (or http:// for a stand-in "
                        + "on this computer).");
    }
}
