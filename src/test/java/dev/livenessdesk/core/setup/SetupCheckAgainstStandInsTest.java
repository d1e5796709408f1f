package dev.livenessdesk.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.SetupStandIns;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole checklist, through the real SDK clients, against stand-ins set up right and set up wrong on purpose. */
class SetupCheckAgainstStandInsTest {

    /** The first run builds every SDK client; on a busy 2-core machine that alone can take many seconds. */
    private static final Duration COLD_START_BOUND = Duration.ofSeconds(60);

    private SetupStandIns standIns;
    private AwsClients clients;

    @BeforeEach
    void start() {
        standIns = new SetupStandIns();
        clients = RekognitionStandIn.clients();
    }

    @AfterEach
    void stop() {
        clients.close();
        standIns.close();
    }

    @Test
    void aGoodSetupIsAllGreen() throws InterruptedException {
        SetupRun run = new SetupChecker(standIns.answers(clients), Clock.systemUTC(), COLD_START_BOUND).run(standIns.goodTarget(), result -> { });

        assertThat(run.results()).extracting(CheckResult::id).containsExactly(CheckId.REGION, CheckId.CREDENTIALS,
                CheckId.CLOCK, CheckId.BUCKET, CheckId.PERMISSIONS, CheckId.ENCRYPTION, CheckId.PUBLIC_ACCESS,
                CheckId.LIFECYCLE, CheckId.VERSIONING, CheckId.KMS_KEY);
        assertThat(run.results()).allSatisfy(result -> assertThat(result.status())
                .as("%s: %s %s", result.id(), result.found(), result.fix()).isEqualTo(CheckStatus.OK));
        Map<CheckId, CheckResult> rows = byId(run.results());
        assertThat(rows.get(CheckId.CREDENTIALS).found()).contains("123456789012")
                .contains("arn:aws:sts::123456789012:assumed-role/LivenessTester/desk-user");
        assertThat(rows.get(CheckId.ENCRYPTION).found()).contains("with the session's key");
        assertThat(rows.get(CheckId.VERSIONING).found()).contains("rule expire-liveness deletes old versions 7 days");
        assertThat(rows.get(CheckId.KMS_KEY).found()).contains(standIns.keyArn);
    }

    @Test
    void aSetupWrongOnPurposeNamesEveryProblemAndItsFix() throws InterruptedException {
        SetupRun run = new SetupChecker(standIns.answers(clients), Clock.systemUTC(), COLD_START_BOUND).run(standIns.wrongTarget(), result -> { });
        Map<CheckId, CheckResult> rows = byId(run.results());

        assertThat(rows.get(CheckId.REGION).status()).isEqualTo(CheckStatus.OK);
        assertThat(rows.get(CheckId.CLOCK)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(row.found()).contains("behind AWS").contains("Signature expired");
            assertThat(row.fix()).contains("automatic date and time");
        });
        assertThat(rows.get(CheckId.BUCKET)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(row.found()).isEqualTo("s3://liveness-west is in us-west-2, but the sessions are created in "
                    + "us-east-1: Rekognition writes images only to a bucket in its own region, so sessions fail when "
                    + "they store them.");
            assertThat(row.fix()).isEqualTo("Switch the region to us-west-2, or use a bucket in us-east-1.");
        });
        assertThat(rows.get(CheckId.ENCRYPTION)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(row.found()).contains("has no default encryption");
            assertThat(row.fix()).contains("Turn on default encryption");
        });
        assertThat(rows.get(CheckId.LIFECYCLE)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(CheckStatus.WARN);
            assertThat(row.found()).isEqualTo("s3://liveness-west has no lifecycle rule: the images stay forever.");
            assertThat(row.fix()).contains("expires the objects under qa/");
        });
        assertThat(rows.get(CheckId.PUBLIC_ACCESS).status()).isEqualTo(CheckStatus.WARN);
        assertThat(rows.get(CheckId.PERMISSIONS)).satisfies(row -> {
            assertThat(row.status()).isEqualTo(CheckStatus.UNKNOWN);
            assertThat(row.found()).contains("may not run iam:SimulatePrincipalPolicy");
            assertThat(row.fix()).contains("\"Action\": [\"iam:SimulatePrincipalPolicy\", \"iam:GetRole\"]")
                    .contains(SetupStandIns.ROLE_ARN);
        });
        assertThat(run.anyFailed()).isTrue();
    }

    @Test
    void theReportForATicketHoldsEveryRowAndNoSecret() throws InterruptedException {
        SetupRun run = new SetupChecker(standIns.answers(clients), Clock.systemUTC(), COLD_START_BOUND)
                .run(standIns.wrongTarget(), result -> { });

        String report = SetupReport.plainText(run);

        assertThat(report).contains("Region: us-east-1", "Bucket: s3://liveness-west/qa/", "KMS key: (none)",
                "Rekognition endpoint: " + standIns.clock.uri());
        assertThat(report).contains("[Fails] The bucket exists and is in the session's region\n"
                + "    s3://liveness-west is in us-west-2, but the sessions are created in us-east-1");
        assertThat(report).contains("    What to do: Switch the region to us-west-2, or use a bucket in us-east-1.");
        assertThat(report).contains("[Could not check] The credentials may do what a session needs");
        assertThat(report.lines().filter(line -> line.startsWith("["))).hasSize(run.results().size());
        assertThat(report).doesNotContain(RekognitionStandIn.SECRET_ACCESS_KEY)
                .doesNotContain(RekognitionStandIn.ACCESS_KEY_ID);
    }

    private static Map<CheckId, CheckResult> byId(List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }
}
