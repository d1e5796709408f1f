package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.SetupEndpoints;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasurePlanner;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code erase} and {@code purge} through the real launcher, the AWS backend and a stand-in speaking S3's XML. */
class EraseCommandsTest {

    private static final String BUCKET = "liveness-cli";
    private static final String SESSION = "11111111-1111-4111-8111-111111111111";
    private static final String OTHER = "22222222-2222-4222-8222-222222222222";
    private static final Instant OLD = Instant.now().minus(60, ChronoUnit.DAYS);

    @TempDir
    Path folder;

    private VersionedS3StandIn s3;
    private StsStandIn sts;
    private VersionedS3StandIn.Bucket bucket;

    @BeforeEach
    void start() {
        s3 = VersionedS3StandIn.start();
        sts = StsStandIn.start();
        bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT).versioning("Enabled", false);
        for (String id : List.of(SESSION, OTHER)) {
            bucket.put("qa/" + id + "/reference.jpg", 300, OLD);
            bucket.put("qa/" + id + "/audit_1.jpg", 120, OLD);
        }
        bucket.put("qa/exports/keep.csv", 5, OLD);
    }

    @AfterEach
    void stop() {
        s3.close();
        sts.close();
    }

    private LocalErasureRecords records() {
        try {
            LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC());
            return new LocalErasureRecords(new SqliteSessionHistory(database, Clock.systemUTC()),
                    new SqliteCampaignStore(database), new dev.livenessdesk.store.SqliteReviewRows(database),
                    new SqliteErasureJournal(database), database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", S3TestConnection.REGION, "--endpoint-url", s3.uri().toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.runErasing(all.toArray(String[]::new),
                () -> new AwsBackend(S3TestConnection.clients(), Clock.systemUTC(), FixedProfiles.none(),
                        new SetupEndpoints(Optional.of(sts.uri()), Optional.empty(), Optional.empty())),
                this::records, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private long deleteCalls() {
        return s3.requests().stream().filter(r -> r.startsWith("POST")).count();
    }

    @Test
    void withoutYesEraseShowsEveryVersionThatWouldGoAndChangesNothing() {
        CliRun shown = run("erase", SESSION, "--bucket", BUCKET, "--prefix", "qa/");

        assertThat(shown.exitCode()).as(shown.stdout() + shown.stderr()).isZero();
        JsonNode data = shown.envelope().path("data");
        assertThat(data.path("dry_run").asBoolean()).isTrue();
        assertThat(data.path("plan").path("versions").asInt()).isEqualTo(2);
        assertThat(data.path("plan").path("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(data.path("plan").path("will_delete")).hasSize(2);
        assertThat(data.path("plan").path("will_delete").get(0).path("version_id").asText()).isNotBlank();
        assertThat(data.path("message").asText()).startsWith("Nothing was deleted");
        assertThat(deleteCalls()).isZero();
        assertThat(bucket.keysWithVersions()).hasSize(5);
    }

    @Test
    void withYesEraseDeletesTheFolderAndPrintsTheReceipt() {
        CliRun erased = run("erase", SESSION, "--bucket", BUCKET, "--prefix", "qa/", "--yes", "--receipt-in-bucket");

        assertThat(erased.exitCode()).as(erased.stdout() + erased.stderr()).isZero();
        JsonNode data = erased.envelope().path("data");
        assertThat(data.path("complete").asBoolean()).isTrue();
        JsonNode receipt = data.path("receipt");
        assertThat(receipt.path("sessions").get(0).asText()).isEqualTo(SESSION);
        assertThat(receipt.path("erasedCount").asInt()).isEqualTo(2);
        assertThat(receipt.path("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(receipt.path("when").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(data.path("receipt_in_bucket").asText()).startsWith("liveness-desk-erasures/");
        assertThat(bucket.keysWithVersions()).extracting(k -> k.split("#")[0]).containsExactlyInAnyOrder(
                "qa/" + OTHER + "/reference.jpg", "qa/" + OTHER + "/audit_1.jpg", "qa/exports/keep.csv",
                data.path("receipt_in_bucket").asText());
    }

    @Test
    void aLockedVersionMakesTheEraseSayWhatIsStillThereAndExitNonZero() {
        String locked = bucket.put("qa/" + SESSION + "/audit_2.jpg", 100, OLD);
        bucket.retain("qa/" + SESSION + "/audit_2.jpg", locked, Instant.parse("2031-01-01T00:00:00Z"));

        CliRun erased = run("erase", SESSION, "--bucket", BUCKET, "--prefix", "qa/", "--yes");

        assertThat(erased.exitCode()).isEqualTo(ExitCode.SERVICE_FAILURE);
        JsonNode data = erased.envelope().path("data");
        assertThat(data.path("complete").asBoolean()).isFalse();
        assertThat(data.path("message").asText()).contains("1 version(s) are still in the bucket");
        JsonNode still = data.path("receipt").path("remaining").get(0);
        assertThat(still.path("reason").asText()).isEqualTo("RETENTION");
        assertThat(still.path("until").asText()).isEqualTo("2031-01-01T00:00:00Z");
    }

    @Test
    void purgeShowsFiguresFirstAndAWholeBucketNeedsTheWords() {
        CliRun dry = run("purge", "--older-than", "30d", "--bucket", BUCKET, "--prefix", "qa/", "--dry-run", "--yes");
        JsonNode plan = dry.envelope().path("data").path("plan");
        assertThat(dry.exitCode()).isZero();
        assertThat(plan.path("sessions").asInt()).isEqualTo(2);
        assertThat(plan.path("objects").asInt()).isEqualTo(4);
        assertThat(plan.path("bytes").asLong()).isEqualTo(840);
        assertThat(plan.path("left_alone").asInt()).isEqualTo(1);
        assertThat(plan.path("scope").asText()).isEqualTo("session folders under qa/");
        assertThat(plan.path("sample")).hasSize(2);
        assertThat(deleteCalls()).isZero();

        CliRun refused = run("purge", "--older-than", "30d", "--bucket", BUCKET, "--yes");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.envelope().path("error").path("message").asText())
                .contains("every session folder in the bucket");
        assertThat(deleteCalls()).isZero();

        CliRun badAge = run("purge", "--older-than", "30m", "--bucket", BUCKET, "--prefix", "qa/");
        assertThat(badAge.envelope().path("error").path("message").asText()).contains("\"30m\" is not an age");
    }

    @Test
    void purgeWithYesErasesTheOldFoldersOnly() {
        bucket.put("qa/33333333-3333-4333-8333-333333333333/reference.jpg", 10, Instant.now());

        CliRun purged = run("purge", "--older-than", "30", "--bucket", BUCKET, "--prefix", "qa/", "--yes");

        assertThat(purged.exitCode()).as(purged.stdout() + purged.stderr()).isZero();
        assertThat(purged.envelope().path("data").path("receipt").path("sessions")).hasSize(2);
        assertThat(purged.stderr()).contains("Erased 4 of 4 version(s).");
        assertThat(bucket.keysWithVersions()).extracting(k -> k.split("#")[0]).containsExactlyInAnyOrder(
                "qa/exports/keep.csv", "qa/33333333-3333-4333-8333-333333333333/reference.jpg");
    }

    @Test
    void anUnfinishedPurgeIsNamedAndFinishedWithResume() throws Exception {
        String runId;
        try (LocalErasureRecords local = records()) {
            dev.livenessdesk.aws.AwsClients clients = S3TestConnection.clients();
            AwsBackend backend = new AwsBackend(clients, Clock.systemUTC(), FixedProfiles.none(),
                    new SetupEndpoints(Optional.of(sts.uri()), Optional.empty(), Optional.empty()));
            ErasurePlan plan = new ErasurePlanner(backend.erasureTarget(new dev.livenessdesk.core.connection
                    .ConnectionSettings(Optional.empty(), S3TestConnection.REGION, Optional.empty(),
                    Optional.of(s3.uri()))).orElseThrow(), local.history(), local.campaigns(), local.reviews())
                    .planPurge(BUCKET, "qa/", Duration.ofDays(30), Instant.now());
            runId = local.journal().begin(plan, Instant.now());
            backend.close();
        }

        CliRun named = run("purge", "--older-than", "30d", "--bucket", BUCKET, "--prefix", "qa/");
        assertThat(named.envelope().path("data").path("unfinished_run").asText()).isEqualTo(runId);

        CliRun resumed = run("purge", "--resume", runId, "--bucket", BUCKET, "--prefix", "qa/", "--yes");

        assertThat(resumed.exitCode()).as(resumed.stdout() + resumed.stderr()).isZero();
        assertThat(resumed.envelope().path("data").path("receipt").path("erasedCount").asInt()).isEqualTo(4);
        assertThat(bucket.keysWithVersions()).extracting(k -> k.split("#")[0]).containsExactly("qa/exports/keep.csv");
    }
}
