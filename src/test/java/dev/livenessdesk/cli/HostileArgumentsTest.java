package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command lines a hostile or careless script writes: each is refused input (VALIDATION_ERROR, exit 2) with words
 * naming the option, before any call, on the AWS backend and the sandbox alike.
 */
class HostileArgumentsTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    // Nothing listens there: a call that should not happen would fail as NETWORK_ERROR, not as refused input.
    private static final String NOWHERE = "http://127.0.0.1:9";

    static Stream<Arguments> refused() {
        String bucketWords = "S3 bucket: name the bucket the sessions' images are stored in, for example "
                + "--bucket my-liveness-bucket.";
        String tokenNotOurs = "Page token: That page token was not given out by a listing of the prefix \"qa/\". "
                + "List again from the first page (without a page token), then pass on the next_page_token it gives.";
        return Stream.of(
                Arguments.of(List.of("sessions", "--bucket", ""), bucketWords),
                Arguments.of(List.of("sessions", "--bucket", "  "), bucketWords),
                Arguments.of(List.of("images", ID, "--bucket", ""), bucketWords),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--page-token", ""),
                        "Page token: it is empty. Pass the next_page_token of the previous page, or leave "
                                + "--page-token out for the first page."),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--prefix", "qa/", "--page-token",
                        "x"), tokenNotOurs),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--prefix", "qa/", "--page-token",
                        "aother/"), tokenNotOurs),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--limit", "\u0662"),
                        "Limit: \u0662 is not a whole number from 1 to 1000."),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--limit", "+5"),
                        "Limit: +5 is not a whole number from 1 to 1000."),
                Arguments.of(List.of("sessions", "--bucket", "liveness-out", "--limit", "99999999999"),
                        "Limit: 99999999999 is not a whole number from 1 to 1000."),
                Arguments.of(List.of("create", "--audit-images", "\u0662"),
                        "Audit images limit: The audit images limit is a whole number from 0 to 4."),
                Arguments.of(List.of("create", "--audit-images", "\uFF12"),
                        "Audit images limit: The audit images limit is a whole number from 0 to 4."),
                Arguments.of(List.of("create", "--bucket", "liveness-out", "--prefix", "qa\u00A0runs/"),
                        "Key prefix: The key prefix contains a non-breaking space (U+00A0) at position 3: key "
                                + "prefixes cannot contain spaces, line breaks or other whitespace."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedOnAws(List<String> args, String message) {
        assertRefused(StandInBackends.aws(), args, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedOnTheSandbox(List<String> args, String message) {
        if (args.contains("aother/")) {
            return; // a token shape only the S3 listing gives out; the sandbox's own tokens are covered by "x"
        }
        String sandboxToken = "Page token: This page token did not come from the sandbox. Start the listing again "
                + "from the first page.";
        assertRefused(SandboxBackend::new, args, message.startsWith("Page token: That") ? sandboxToken : message);
    }

    @Test
    void anAtSignArgumentIsTakenAsTypedAndNeverReadsAFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("args");
        Files.writeString(file, ID);

        CliRun run = CliRun.run(StandInBackends.aws(), "results", "@" + file, "--region", "us-east-1",
                "--endpoint-url", NOWHERE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(validationError(
                "'@" + file + "' is not a session id: session ids are 36 characters like " + ID + "."));
    }

    private static void assertRefused(Supplier<Backend> backend, List<String> args, String message) {
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(List.of("--region", "us-east-1", "--endpoint-url", NOWHERE));

        CliRun run = CliRun.run(backend, all.toArray(String[]::new));

        assertThat(run.exitCode()).as("exit code; stderr: %s", run.stderr()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(validationError(message));
        assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static com.fasterxml.jackson.databind.JsonNode validationError(String message) {
        com.fasterxml.jackson.databind.node.ObjectNode envelope = json("{'success':false}").deepCopy();
        envelope.putObject("error").put("code", "VALIDATION_ERROR").put("message", message);
        return envelope;
    }
}
