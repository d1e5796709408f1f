package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CreateValidationTest.validationError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.Backend;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sessions} and {@code images} refuse bad input with the form's words before touching S3. */
class S3CommandValidationTest {

    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String BUCKET_WORDS =
            "S3 bucket: Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'.";

    private final AtomicInteger storesOpened = new AtomicInteger();

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "ab"), BUCKET_WORDS),
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                        "--prefix", "qa run/"), "Key prefix: The key prefix contains a space (U+0020) at position 3: "
                        + "key prefixes cannot contain spaces, line breaks or other whitespace."),
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "liveness-out", "--limit", "0"),
                        "Limit: 0 is not a whole number from 1 to 1000."),
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                        "--limit", "1001"), "Limit: 1001 is not a whole number from 1 to 1000."),
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                        "--limit", "many"), "Limit: many is not a whole number from 1 to 1000."),
                Arguments.of(List.of("sessions", "--region", "useast1", "--bucket", "liveness-out"),
                        "Region: 'useast1' is not an AWS region id: region ids look like us-east-1."),
                Arguments.of(List.of("sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                        "--endpoint-url", "s3://liveness-out"), "Endpoint URL: 's3://liveness-out' must start with "
                        + "https:// (or http:// for a stand-in on this computer)."),
                Arguments.of(List.of("images", "not-an-id", "--region", "us-east-1", "--bucket", "liveness-out"),
                        "'not-an-id' is not a session id: session ids are 36 characters like "
                                + "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8."),
                Arguments.of(List.of("images", SESSION_ID, "--region", "us-east-1", "--bucket", "a"), BUCKET_WORDS),
                Arguments.of(List.of("images", SESSION_ID, "--region", "us-east-1"),
                        "Missing required option: '--bucket=BUCKET'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void refusedInputIsAValidationErrorAndNoImageStoreIsAsked(List<String> args, String message) {
        CliRun run = CliRun.run(countingStores(), args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(validationError(message));
        assertThat(storesOpened).hasValue(0);
    }

    /** The real AWS backend whose image store counts how often a command asked for it. */
    private Supplier<Backend> countingStores() {
        return () -> new CountingBackend(StandInBackends.aws().get(), storesOpened);
    }
}
