package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.Backend;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Usage mistakes, --help and --version: the JSON envelope for mistakes, plain text for asked-for help. */
class UsageTest {

    private final AtomicInteger backendsBuilt = new AtomicInteger();
    private final Supplier<Backend> countingBackend = () -> {
        backendsBuilt.incrementAndGet();
        return StandInBackends.aws().get();
    };

    @Test
    void anUnknownOptionIsAValidationErrorWithUsageOnStderr() {
        CliRun run = CliRun.run(countingBackend, "create", "--region", "us-east-1", "--bucktet", "b");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError(
                "Unknown option: '--bucktet': did you mean --bucket?"));
        assertThat(run.stderr()).contains("Usage: liveness-desk create").contains("--bucket=BUCKET");
        assertThat(backendsBuilt).hasValue(0);
    }

    @Test
    void aMistypedCommandNamesTheOneMeantButAnUnrelatedWordGetsNoGuess() {
        CliRun typo = CliRun.run(countingBackend, "reslts", "x");
        CliRun unrelated = CliRun.run(countingBackend, "delete");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.envelope().path("error").path("message").asText()).endsWith(": did you mean results?");
        assertThat(unrelated.envelope().path("error").path("message").asText()).doesNotContain("did you mean");
        assertThat(backendsBuilt).hasValue(0);
    }

    @Test
    void anOptionWithoutItsValueIsAValidationError() {
        CliRun run = CliRun.run(countingBackend, "create", "--region");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError(
                "Missing required parameter for option '--region' (REGION)"));
    }

    @Test
    void aMissingRequiredOptionIsAValidationError() {
        CliRun run = CliRun.run(countingBackend, "sessions", "--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError(
                "Missing required option: '--bucket=BUCKET'"));
    }

    @Test
    void anUnknownCommandIsAValidationError() {
        CliRun run = CliRun.run(countingBackend, "delete");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError("Unmatched argument at index 0: "
                + "'delete'"));
        assertThat(run.stderr()).contains("create").contains("results").contains("sessions").contains("images");
    }

    @Test
    void noCommandAsksForOne() {
        CliRun run = CliRun.run(countingBackend);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(CreateValidationTest.validationError(
                "Name a command: create, results, check, sessions, images, doctor, campaign, erase, purge or retention (--help lists them)."));
        assertThat(run.stderr()).contains("Usage: liveness-desk");
    }

    @Test
    void helpListsTheCommandsOnStdoutAndSucceeds() {
        CliRun run = CliRun.run(countingBackend, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("Usage: liveness-desk").contains("create").contains("results")
                .contains("sessions").contains("images").contains("exactly one JSON line");
        assertThat(backendsBuilt).hasValue(0);
    }

    @Test
    void createHelpNamesEveryOption() {
        CliRun run = CliRun.run(countingBackend, "create", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--region", "--bucket", "--prefix", "--audit-images", "--kms-key-id",
                "--challenge", "--challenge-min-version", "--challenge-max-version", "--client-request-token",
                "--profile", "--endpoint-url");
    }

    @Test
    void versionIsThePomVersion() {
        CliRun run = CliRun.run(countingBackend, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().strip()).matches("liveness-desk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(backendsBuilt).hasValue(0);
    }
}
