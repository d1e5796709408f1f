package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.testsupport.FaultyEndpoint;
import dev.livenessdesk.testsupport.FaultyEndpoint.Answer;
import dev.livenessdesk.testsupport.FaultyEndpoint.Drip;
import dev.livenessdesk.testsupport.FaultyEndpoint.Fault;
import dev.livenessdesk.testsupport.FaultyEndpoint.Hang;
import dev.livenessdesk.testsupport.FaultyEndpoint.ResetMidAnswer;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real SDK client against an endpoint that hangs, drips, resets or lies, through the real command line:
 * exit code, envelope, words and wall time against the bound. The bounds are short settings here (connect 1 s,
 * each attempt 2 s, the whole call 4 s, 3 attempts); {@link #theDefaultBoundsAreOnesAUserWaitsFor} pins the real
 * ones.
 */
class FaultyAnswersTest {

    private static final Duration ATTEMPT = Duration.ofSeconds(2);
    private static final Duration CALL = Duration.ofSeconds(4);
    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String REQUEST_ID = "11111111-2222-3333-4444-555555555555";
    private static final String JSON = "application/x-amz-json-1.1";

    @BeforeAll
    static void warmUp() {
        // Load the SDK's classes once, so the measured runs time the call, not the class loading.
        try (FaultyEndpoint endpoint = FaultyEndpoint.start(new Answer(200, JSON, "{\"SessionId\":\"" + ID + "\"}"))) {
            assertThat(run(endpoint, "create").exitCode()).isZero();
        }
    }

    static Stream<Arguments> faults() {
        String unreadable = " sent an answer this app cannot trust: ";
        return Stream.of(
                Arguments.of("hangs", new Hang(), "create", "NETWORK_ERROR",
                        " did not answer within 4 seconds (", true),
                Arguments.of("drips a byte every half second", new Drip("{\"SessionId\":\"" + ID + "\"}",
                        Duration.ofMillis(500)), "create", "NETWORK_ERROR", " did not answer within 4 seconds (",
                        null),
                Arguments.of("resets in the middle of the answer", new ResetMidAnswer("{\"SessionId\":\"" + ID
                        + "\"}"), "create", "NETWORK_ERROR", "The connection to ", true),
                Arguments.of("sends malformed JSON", new Answer(200, JSON, "{\"Sess"), "create", "SERVICE_ERROR",
                        unreadable + "it is not valid JSON.", true),
                Arguments.of("sends a proxy's HTML 502", new Answer(502, "text/html",
                        "<html><body><h1>502 Bad Gateway</h1></body></html>"), "create", "SERVICE_ERROR",
                        unreadable + "it is a web page (HTTP 502)", true),
                Arguments.of("creates with no SessionId", new Answer(200, JSON, "{}"), "create", "SERVICE_ERROR",
                        unreadable + "it has no SessionId.", false),
                Arguments.of("creates a path, not a session id", new Answer(200, JSON,
                        "{\"SessionId\":\"../../etc/passwd\"}"), "create", "SERVICE_ERROR",
                        unreadable + "its SessionId \u201c../../etc/passwd\u201d is not a session id.", false),
                Arguments.of("answers results with {}", new Answer(200, JSON, "{}"), "results", "SERVICE_ERROR",
                        unreadable + "it has no SessionId.", false),
                Arguments.of("answers results with a status and no SessionId", new Answer(200, JSON,
                        "{\"Status\":\"CREATED\"}"), "results", "SERVICE_ERROR",
                        unreadable + "it has no SessionId.", false),
                Arguments.of("answers results with an escape sequence for a SessionId", new Answer(200, JSON,
                        "{\"SessionId\":\"\\u001b[2J\",\"Status\":\"CREATED\"}"), "results", "SERVICE_ERROR",
                        unreadable + "its SessionId \u201c[U+001B][2J\u201d is not a session id.", false),
                Arguments.of("answers results with an empty status", new Answer(200, JSON, "{\"SessionId\":\"" + ID
                        + "\",\"Status\":\"\"}"), "results", "SERVICE_ERROR", unreadable + "it has no Status.", false),
                Arguments.of("answers results with markup for a status", new Answer(200, JSON, "{\"SessionId\":\""
                        + ID + "\",\"Status\":\"<b>ok</b>\"}"), "results", "SERVICE_ERROR",
                        unreadable + "its Status \u201c<b>ok</b>\u201d is not a session status.", false),
                Arguments.of("answers about another session", new Answer(200, JSON,
                        "{\"SessionId\":\"aaaaaaaa-4d5e-6f70-8192-a3b4c5d6e7f8\",\"Status\":\"CREATED\"}"), "results",
                        "SERVICE_ERROR", unreadable + "it is about session aaaaaaaa-4d5e-6f70-8192-a3b4c5d6e7f8, not "
                                + ID + ".", false),
                Arguments.of("answers a confidence of 250", new Answer(200, JSON, "{\"SessionId\":\"" + ID
                        + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":250}"), "results", "SERVICE_ERROR",
                        unreadable + "its Confidence 250.0 is outside 0 to 100.", false),
                Arguments.of("answers a face box wider than the image", new Answer(200, JSON, "{\"SessionId\":\""
                        + ID + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":90,\"ReferenceImage\":{\"BoundingBox\":"
                        + "{\"Width\":7,\"Height\":0.5,\"Left\":0.1,\"Top\":0.1}}}"), "results", "SERVICE_ERROR",
                        unreadable + "the reference image's bounding box has a Width of 7.0, outside 0 to 1.", false));
    }

    @ParameterizedTest(name = "an endpoint that {0}")
    @MethodSource("faults")
    void everyFaultEndsInWordsWithinTheBound(String name, Fault fault, String command, String code, String words,
                                              Boolean retried) {
        try (FaultyEndpoint endpoint = FaultyEndpoint.start(fault)) {
            long started = System.nanoTime();
            CliRun run = run(endpoint, command);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            JsonNode error = run.envelope().path("error");
            System.out.printf(Locale.ROOT, "fault: %s -> exit %d, %s, %d ms, %d requests%n", name, run.exitCode(),
                    error.path("code").asText(), took.toMillis(), endpoint.requests());
            assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isEqualTo(1);
            assertThat(run.envelope().path("success").asBoolean(true)).isFalse();
            assertThat(error.path("code").asText()).as("code; stderr: %s", run.stderr()).isEqualTo(code);
            assertThat(error.path("message").asText()).contains(endpoint.uri().toString()).contains(words);
            assertThat(took).as("wall time against the %s bound", CALL).isLessThanOrEqualTo(CALL.plusSeconds(1));
            assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
            if (!code.equals("NETWORK_ERROR") || words.startsWith("The connection")) {
                assertThat(error.path("request_id").asText()).as("request id for a ticket").isEqualTo(REQUEST_ID);
            }
            // A drip may use the whole bound in its first attempt on a busy machine: its attempts are not counted.
            if (retried == null) {
                return;
            }
            if (retried) {
                assertThat(endpoint.requests()).as("attempts made").isGreaterThan(1);
                assertThat(run.stderr()).contains("note: retrying (attempt 2 of 3): the previous attempt");
            } else {
                assertThat(endpoint.requests()).as("a 200 is not retried").isEqualTo(1);
            }
        }
    }

    @Test
    void theDefaultBoundsAreOnesAUserWaitsFor() {
        AwsClientOptions defaults = AwsClientOptions.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.apiCallTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(List.of(defaults.connectTimeout(), defaults.apiCallAttemptTimeout(), defaults.apiCallTimeout()))
                .allSatisfy(bound -> assertThat(bound).isLessThanOrEqualTo(Duration.ofSeconds(60)));
    }

    private static CliRun run(FaultyEndpoint endpoint, String command) {
        List<String> args = command.equals("create")
                ? List.of("create", "--region", "us-east-1", "--endpoint-url", endpoint.uri().toString())
                : List.of("results", ID, "--region", "us-east-1", "--endpoint-url", endpoint.uri().toString());
        // The run closes its backend and so its clients: each run gets its own.
        AwsClients clients = new AwsClients(RekognitionStandIn.options(RekognitionStandIn.fastRetries(3))
                .withTimeouts(Duration.ofSeconds(1), ATTEMPT, CALL));
        return CliRun.run(StandInBackends.aws(clients, FixedProfiles.none()), args.toArray(String[]::new));
    }
}
