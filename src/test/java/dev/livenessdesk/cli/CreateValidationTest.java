package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code create} refuses bad input before any call, with the form's words: VALIDATION_ERROR, exit 2, and the
 * stand-in hears nothing. One case per rule family of the service model, plus the command line's own checks.
 */
class CreateValidationTest {

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    static Stream<Arguments> refusedInputs() {
        return Stream.of(
                Arguments.of(List.of("--bucket", "ab"),
                        "S3 bucket: Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'."),
                Arguments.of(List.of("--bucket", "out/bucket"),
                        "S3 bucket: Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'."),
                Arguments.of(List.of("--bucket", "liveness-out", "--prefix", "qa run/"),
                        "Key prefix: The key prefix contains a space (U+0020) at position 3: key prefixes "
                                + "cannot contain spaces, line breaks or other whitespace."),
                Arguments.of(List.of("--bucket", "liveness-out", "--prefix", "p".repeat(951)),
                        "Key prefix: Key prefixes are at most 950 characters."),
                Arguments.of(List.of("--prefix", "qa/"),
                        "Key prefix: A key prefix needs a bucket: fill in the S3 bucket or clear the prefix."),
                Arguments.of(List.of("--audit-images", "5"),
                        "Audit images limit: The audit images limit is a whole number from 0 to 4."),
                Arguments.of(List.of("--audit-images", "two"),
                        "Audit images limit: The audit images limit is a whole number from 0 to 4."),
                Arguments.of(List.of("--kms-key-id", "alias/my key"),
                        "KMS key id: A KMS key id is a key id, key ARN, alias name or alias ARN: up to 2048 "
                                + "characters, starting with a letter or digit, using letters, digits and "
                                + ": _ / + = , @ . -"),
                Arguments.of(List.of("--client-request-token", "nightly#42"),
                        "Client request token: A client request token is 1 to 64 characters: letters, digits, "
                                + "'-' and '_'."),
                Arguments.of(List.of("--client-request-token", "t".repeat(65)),
                        "Client request token: A client request token is 1 to 64 characters: letters, digits, "
                                + "'-' and '_'."),
                Arguments.of(List.of("--challenge-min-version", "1.0"),
                        "Minimum challenge version: A challenge version is three numbers of up to three digits, "
                                + "like 1.0.0."),
                Arguments.of(List.of("--challenge-max-version", "01.0.0"),
                        "Maximum challenge version: A challenge version is three numbers of up to three digits, "
                                + "like 1.0.0."),
                Arguments.of(List.of("--challenge-min-version", "2.0.0", "--challenge-max-version", "1.10.0"),
                        "Maximum challenge version: The maximum version must not be below the minimum (2.0.0)."),
                Arguments.of(List.of("--challenge", "BlinkChallenge"),
                        "Challenge type: 'BlinkChallenge' is not a challenge type: use "
                                + "FaceMovementAndLightChallenge or FaceMovementChallenge."),
                Arguments.of(List.of("--region", "useast1"),
                        "Region: 'useast1' is not an AWS region id: region ids look like us-east-1."),
                Arguments.of(List.of("--endpoint-url", "ftp://127.0.0.1:21"),
                        "Endpoint URL: 'ftp://127.0.0.1:21' must start with https:// (or http:// for a stand-in "
                                + "on this computer)."),
                Arguments.of(List.of("--endpoint-url", "localhost:4566"),
                        "Endpoint URL: 'localhost:4566' must start with https:// (or http:// for a stand-in on "
                                + "this computer)."),
                Arguments.of(List.of("--endpoint-url", "https://rekognition.example.com/?x=1"),
                        "Endpoint URL: An endpoint cannot carry a query (?...) or a fragment (#...): remove them."),
                Arguments.of(List.of("--bucket", "ab", "--audit-images", "9", "--challenge", "Blink"),
                        "S3 bucket: Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'. "
                                + "Audit images limit: The audit images limit is a whole number from 0 to 4. "
                                + "Challenge type: 'Blink' is not a challenge type: use "
                                + "FaceMovementAndLightChallenge or FaceMovementChallenge."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void refusedInputIsAValidationErrorAndNoRequestIsSent(List<String> options, String message) {
        CliRun run = CliRun.run(StandInBackends.aws(), args(options));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(validationError(message));
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void noRegionAnywhereAsksForTheRegionOption() {
        CliRun run = CliRun.run(StandInBackends.aws(FixedProfiles.none()), "create", "--bucket", "liveness-out",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.envelope()).isEqualTo(validationError("Region: no region was given and none is configured "
                + "(AWS_REGION or the profile's region): pass --region, for example --region us-east-1."));
        assertThat(standIn.requests()).isEmpty();
    }

    private String[] args(List<String> options) {
        // A case may give its own region or endpoint; picocli refuses an option given twice.
        List<String> all = new ArrayList<>(List.of("create"));
        if (!options.contains("--region")) {
            all.addAll(List.of("--region", "us-east-1"));
        }
        if (!options.contains("--endpoint-url")) {
            all.addAll(List.of("--endpoint-url", standIn.uri().toString()));
        }
        all.addAll(options);
        return all.toArray(String[]::new);
    }

    static ObjectNode validationError(String message) {
        ObjectNode expected = JsonNodeFactory.instance.objectNode().put("success", false);
        expected.putObject("error").put("code", "VALIDATION_ERROR").put("message", message);
        return expected;
    }

    @Test
    void theExpectedEnvelopeShapeIsTheDocumentedOne() {
        assertThat(validationError("x")).isEqualTo(json(
                "{'success':false,'error':{'code':'VALIDATION_ERROR','message':'x'}}"));
    }
}
