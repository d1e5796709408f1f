package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code create} through the real launcher and the real SDK client against the Rekognition stand-in. */
class CreateCommandTest {

    private static final String SESSION_ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    /** A stand-in of its own for each test, closed after it. */
    @AutoClose
    private final RekognitionStandIn standIn = RekognitionStandIn.start();

    @Test
    void aCreatedSessionIsOneJsonLineWithItsIdAndUtcCreationTime() {
        standIn.respondCreated(SESSION_ID);

        CliRun run = CliRun.run(StandInBackends.aws(), args("--bucket", "liveness-out", "--prefix", "qa/",
                "--audit-images", "2"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope()).isEqualTo(json(
                "{'success':true,'data':{'id':'" + SESSION_ID + "','created_at':'2025-03-04T05:06:07Z'}}"));
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void everyOptionReachesTheServiceAsTheModelNamesIt() {
        CliRun run = CliRun.run(StandInBackends.aws(), args("--bucket", "liveness-out", "--prefix", "qa/run-7/",
                "--audit-images", "4", "--kms-key-id", "alias/liveness", "--challenge", "FaceMovementChallenge",
                "--challenge-min-version", "1.0.0", "--challenge-max-version", "2.10.0",
                "--client-request-token", "nightly-42"));

        assertThat(run.exitCode()).as(run.stdout()).isZero();
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).body()).isEqualTo(json("""
                {'KmsKeyId':'alias/liveness','ClientRequestToken':'nightly-42',
                 'Settings':{'OutputConfig':{'S3Bucket':'liveness-out','S3KeyPrefix':'qa/run-7/'},
                             'AuditImagesLimit':4,
                             'ChallengePreferences':[{'Type':'FaceMovementChallenge',
                                                      'Versions':{'Minimum':'1.0.0','Maximum':'2.10.0'}}]}}"""));
    }

    @Test
    void aReusedTokenWarnsOnStderrAndStdoutKeepsOnlyTheJson() {
        CliRun run = CliRun.run(StandInBackends.aws(), args("--bucket", "liveness-out",
                "--client-request-token", "nightly-42"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope().path("success").asBoolean()).isTrue();
        assertThat(run.stderr()).isEqualTo("warning: Client request token: Reusing a token returns the session first "
                + "created with it, which may already be used or expired." + System.lineSeparator());
    }

    @Test
    void anUnsupportedRegionIsWarnedAboutButStillTried() {
        CliRun run = CliRun.run(StandInBackends.aws(), "create", "--region", "us-east-2", "--bucket", "liveness-out",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).startsWith("warning: Region: Face Liveness is not offered in us-east-2");
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).header("authorization").orElseThrow())
                .contains("/us-east-2/rekognition/aws4_request");
    }

    @Test
    void withoutRegionOptionTheEnvironmentRegionIsUsed() {
        FixedProfiles profiles = new FixedProfiles(Optional.of("eu-west-1"), Map.of("default", "ap-south-1"));

        CliRun run = CliRun.run(StandInBackends.aws(profiles), "create", "--bucket", "liveness-out",
                "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).as(run.stdout()).isZero();
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).header("authorization").orElseThrow())
                .contains("/eu-west-1/rekognition/aws4_request");
    }

    @Test
    void withoutRegionOptionOrEnvironmentTheProfilesRegionIsUsed() {
        FixedProfiles profiles = new FixedProfiles(Optional.empty(), Map.of("work", "ap-northeast-1"));

        CliRun run = CliRun.run(StandInBackends.aws(profiles), "create", "--profile", "work",
                "--bucket", "liveness-out", "--endpoint-url", standIn.uri().toString());

        assertThat(run.exitCode()).as(run.stdout()).isZero();
        assertThat(standIn.lastRequest(RekognitionStandIn.CREATE).header("authorization").orElseThrow())
                .contains("/ap-northeast-1/rekognition/aws4_request");
    }

    private String[] args(String... more) {
        List<String> all = new ArrayList<>(List.of("create", "--region", "us-east-1",
                "--endpoint-url", standIn.uri().toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
