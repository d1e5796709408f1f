package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * {@code create} when AWS says no: the AWS error code, the app's words and the request id, exit 1; and the codes
 * of its own for a refused connection and missing credentials.
 */
class CreateServiceErrorTest {

    private static final String REQUEST_ID = "7d1e0c55-6a2b-4c1d-9e8f-0a1b2c3d4e5f";

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    static Stream<Arguments> modeledErrors() {
        return Stream.of(
                Arguments.of(400, "AccessDeniedException", "AccessDeniedException",
                        "Your credentials lack rekognition:CreateFaceLivenessSession. Ask your AWS administrator to "
                                + "allow rekognition:CreateFaceLivenessSession for the environment (AWS_PROFILE, "
                                + "AWS_ACCESS_KEY_ID, or the default profile) in us-east-1."),
                // Only the start: the next step's words are the aws package's to word (and still have a stray {1}).
                Arguments.of(400, "InvalidParameterException", "InvalidParameterException",
                        "AWS refused the request: The service said no"),
                Arguments.of(400, "ThrottlingException", "ThrottlingException",
                        "AWS is limiting the rate of requests (ThrottlingException); the app already retried 0 times. "
                                + "Wait a minute and try again. If it keeps happening, ask your AWS administrator "
                                + "for a quota increase."),
                Arguments.of(400, "ProvisionedThroughputExceededException", "ProvisionedThroughputExceededException",
                        "AWS is limiting the rate of requests (ProvisionedThroughputExceededException); the app "
                                + "already retried 0 times. Wait a minute and try again. If it keeps happening, ask "
                                + "your AWS administrator for a quota increase."),
                Arguments.of(500, "InternalServerError", "InternalServerError",
                        "AWS had an internal problem (InternalServerError). Try again in a moment; if it persists, "
                                + "check the AWS Health Dashboard."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("modeledErrors")
    void aModeledServiceErrorKeepsItsCodeAndRequestId(int status, String type, String code, String words) {
        standIn.enqueue(RekognitionStandIn.CREATE,
                StandInReply.error(status, type, "The service said no").withRequestId(REQUEST_ID));

        CliRun run = CliRun.run(StandInBackends.aws(), "create", "--region", "us-east-1", "--bucket", "liveness-out",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        var error = run.envelope().path("error");
        assertThat(run.envelope().path("success").asBoolean(true)).isFalse();
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).startsWith(words);
        assertThat(error.path("request_id").asText()).isEqualTo(REQUEST_ID);
        assertThat(error.size()).isEqualTo(3);
    }

    @Test
    void accessDeniedIsTheExactEnvelopeTheAppsWordsMake() {
        standIn.enqueue(RekognitionStandIn.CREATE,
                StandInReply.error(400, "AccessDeniedException", "User is not authorized").withRequestId(REQUEST_ID));

        CliRun run = CliRun.run(StandInBackends.aws(), "create", "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.envelope()).isEqualTo(json("{'success':false,'error':{'code':'AccessDeniedException',"
                + "'message':'Your credentials lack rekognition:CreateFaceLivenessSession. Ask your AWS administrator "
                + "to allow rekognition:CreateFaceLivenessSession for the environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, or the default profile) in us-east-1.',"
                + "'request_id':'" + REQUEST_ID + "'}}"));
    }

    @Test
    void aRefusedConnectionIsANetworkErrorWithoutRequestId() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + closedPort;

        CliRun run = CliRun.run(StandInBackends.aws(), "create", "--region", "us-east-1", "--bucket", "liveness-out",
                "--endpoint-url", endpoint);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope()).isEqualTo(error("NETWORK_ERROR", "Could not reach " + endpoint + ". Check the "
                + "internet connection, the proxy or VPN, and where the endpoint comes from: --endpoint-url on the "
                + "command line, Endpoints in the app's connection bar, AWS_ENDPOINT_URL_REKOGNITION, "
                + "AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, or a profile's endpoint_url."));
    }

    @Test
    void plainHttpToAnotherComputerIsTriedWithTheRiskSaidOnStderr() {
        // 192.0.2.0/24 is reserved for documentation: nothing answers there, and the 2 s connect timeout ends it.
        CliRun run = CliRun.run(StandInBackends.aws(), "create", "--region", "us-east-1",
                "--endpoint-url", "http://192.0.2.1:9");

        assertThat(run.stderr()).startsWith("warning: Endpoint URL: Plain http to 192.0.2.1 sends your signed "
                + "requests and the service's answers unencrypted over the network.");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope().path("error").path("code").asText()).isEqualTo("NETWORK_ERROR");
    }

    @Test
    void aProfileWithoutCredentialsIsNoCredentials() {
        // The test's AWS files do not exist (surefire points aws.configFile into target/no-aws).
        AwsClientOptions noKeys = new AwsClientOptions(Optional.empty(),
                Optional.of(AwsRetryStrategy.doNotRetry()), RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                        .connectTimeout(), RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(), RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout());

        CliRun run = CliRun.run(StandInBackends.aws(new AwsClients(noKeys), FixedProfiles.none()), "create",
                "--region", "us-east-1", "--profile", "nobody", "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.envelope().path("error").path("code").asText()).isEqualTo("NO_CREDENTIALS");
        assertThat(run.envelope().path("error").path("message").asText())
                .startsWith("No AWS credentials were found for profile nobody.");
        assertThat(run.envelope().path("error").has("request_id")).isFalse();
        assertThat(standIn.requests()).isEmpty();
    }

    static ObjectNode error(String code, String message) {
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put("success", false);
        expected.putObject("error").put("code", code).put("message", message);
        return expected;
    }
}
