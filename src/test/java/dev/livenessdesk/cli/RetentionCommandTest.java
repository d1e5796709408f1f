package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.SetupEndpoints;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code retention propose|apply} through the real launcher and SDK, against a stand-in speaking S3's XML. */
class RetentionCommandTest {

    private static final String BUCKET = "liveness-cli";
    private static final String EXISTING = "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Rule><ID>logs-90</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status>"
            + "<Expiration><Days>90</Days></Expiration></Rule></LifecycleConfiguration>";

    private VersionedS3StandIn s3;
    private StsStandIn sts;
    private VersionedS3StandIn.Bucket bucket;

    @BeforeEach
    void start() {
        s3 = VersionedS3StandIn.start();
        sts = StsStandIn.start();
        bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT).lifecycle(EXISTING);
    }

    @AfterEach
    void stop() {
        s3.close();
        sts.close();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", S3TestConnection.REGION, "--endpoint-url", s3.uri().toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.runErasing(all.toArray(String[]::new),
                () -> new AwsBackend(S3TestConnection.clients(), Clock.systemUTC(), FixedProfiles.none(),
                        new SetupEndpoints(Optional.of(sts.uri()), Optional.empty(), Optional.empty())),
                () -> {
                    throw new AssertionError("retention needs no local database");
                }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private long lifecycleWrites() {
        return s3.requests().stream().filter(r -> r.startsWith("PUT") && r.contains("lifecycle")).count();
    }

    @Test
    void proposeShowsTheRuleAndTheRulesKeptAndWritesNothing() {
        CliRun shown = run("retention", "propose", "--bucket", BUCKET, "--prefix", "qa/", "--days", "30d");

        assertThat(shown.exitCode()).as(shown.stdout() + shown.stderr()).isZero();
        JsonNode proposal = shown.envelope().path("data").path("proposal");
        assertThat(proposal.path("rule").path("ID").asText()).isEqualTo("liveness-desk-retention qa/");
        assertThat(proposal.path("rule").path("Filter").path("Prefix").asText()).isEqualTo("qa/");
        assertThat(proposal.path("rule").path("Expiration").path("Days").asInt()).isEqualTo(30);
        assertThat(proposal.path("rule").path("NoncurrentVersionExpiration").path("NoncurrentDays").asInt())
                .isEqualTo(1);
        assertThat(proposal.path("rule").path("AbortIncompleteMultipartUpload").path("DaysAfterInitiation").asInt())
                .isEqualTo(1);
        assertThat(proposal.path("rules_kept").toString()).isEqualTo("[\"logs-90\"]");
        assertThat(shown.envelope().path("data").path("message").asText()).contains("--confirm liveness-cli");
        assertThat(lifecycleWrites()).isZero();
    }

    @Test
    void applyWithTheBucketsNameWritesTheShownRuleBesideTheOthersAndPrintsTheReceipt() {
        CliRun refused = run("retention", "apply", "--bucket", BUCKET, "--prefix", "qa/", "--days", "30",
                "--confirm", "yes");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.envelope().path("error").path("message").asText())
                .isEqualTo("--confirm must be the bucket's name, liveness-cli: nothing was written.");
        assertThat(lifecycleWrites()).isZero();

        CliRun applied = run("retention", "apply", "--bucket", BUCKET, "--prefix", "qa/", "--days", "30",
                "--confirm", BUCKET, "--receipt-in-bucket");

        assertThat(applied.exitCode()).as(applied.stdout() + applied.stderr()).isZero();
        JsonNode data = applied.envelope().path("data");
        assertThat(data.path("receipt").path("ruleWritten")).isEqualTo(data.path("proposal").path("rule"));
        assertThat(data.path("receipt").path("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(data.path("receipt").path("when").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(data.path("receipt_in_bucket").asText()).startsWith("liveness-desk-erasures/lifecycle-");
        assertThat(bucket.lifecycleXml()).contains("<ID>logs-90</ID>").contains("<Days>90</Days>")
                .contains("<ID>liveness-desk-retention qa/</ID>").contains("<Days>30</Days>");
    }

    @Test
    void aDeniedWriteNamesThePermissionAndABadAgeIsRefusedBeforeAnyCall() {
        bucket.denyLifecycleWrites();
        CliRun denied = run("retention", "apply", "--bucket", BUCKET, "--prefix", "qa/", "--days", "30",
                "--confirm", BUCKET);
        assertThat(denied.exitCode()).isEqualTo(ExitCode.SERVICE_FAILURE);
        assertThat(denied.envelope().path("error").path("code").asText()).isEqualTo("AccessDenied");
        assertThat(denied.envelope().path("error").path("message").asText()).contains("s3:PutLifecycleConfiguration");
        assertThat(bucket.lifecycleXml()).isEqualTo(EXISTING);

        int before = s3.requests().size();
        CliRun badAge = run("retention", "propose", "--bucket", BUCKET, "--days", "30m");
        assertThat(badAge.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badAge.envelope().path("error").path("message").asText())
                .isEqualTo("Days: \"30m\" is not an age: give a number of days, for example 30d.");
        assertThat(s3.requests()).hasSize(before);
    }
}
