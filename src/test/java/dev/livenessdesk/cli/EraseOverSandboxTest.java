package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox erases its own sessions the same way: same plan, same guard, same receipt, kept in its store. */
class EraseOverSandboxTest {

    private static final Instant STORED = Instant.parse("2025-03-04T05:06:07Z");
    private static final String FIRST = "11111111-1111-4111-8111-111111111111";
    private static final String SECOND = "22222222-2222-4222-8222-222222222222";

    private SandboxBackend sandbox;
    private LocalErasureRecords records;
    private LocalDatabase database;

    @BeforeEach
    void storeTwoSessions() {
        sandbox = new SandboxBackend(Clock.fixed(STORED, ZoneOffset.UTC));
        for (String id : new String[] {FIRST, SECOND}) {
            sandbox.images().put("liveness-out", "qa/" + id + "/reference.jpg", new byte[300]);
            sandbox.images().put("liveness-out", "qa/" + id + "/audit_1.jpg", new byte[120]);
        }
        LocalDatabase database = LocalDatabase.forSandbox();
        records = new LocalErasureRecords(new SqliteSessionHistory(database, Clock.systemUTC()),
                new SqliteCampaignStore(database), new dev.livenessdesk.store.SqliteReviewRows(database),
                new SqliteErasureJournal(database), () -> { });
        this.database = database;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.runErasing(args, () -> sandbox, () -> records, new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void aSandboxSessionIsErasedWithItsReceiptKeptInTheSandboxBucket() throws Exception {
        CliRun erased = run("erase", FIRST, "--region", "us-east-1", "--bucket", "liveness-out", "--prefix", "qa/",
                "--yes", "--receipt-in-bucket");

        assertThat(erased.exitCode()).as(erased.stdout() + erased.stderr()).isZero();
        JsonNode data = erased.envelope().path("data");
        assertThat(data.path("receipt").path("erasedCount").asInt()).isEqualTo(2);
        assertThat(data.path("receipt").path("who").asText()).startsWith("arn:sandbox:");
        assertThat(sandbox.images().imagesOf("liveness-out", "qa/", FIRST)).isEmpty();
        assertThat(sandbox.images().imagesOf("liveness-out", "qa/", SECOND)).hasSize(2);
        byte[] copy = sandbox.images().read(new S3Location("liveness-out", data.path("receipt_in_bucket").asText()));
        assertThat(new ObjectMapper().readTree(copy).path("sessions").get(0).asText()).isEqualTo(FIRST);
    }

    @Test
    void aSandboxPurgeShowsItsFiguresAndTakesEveryOldSession() {
        CliRun dry = run("purge", "--older-than", "1d", "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/");
        assertThat(dry.envelope().path("data").path("plan").path("sessions").asInt()).isEqualTo(2);
        assertThat(sandbox.images().imagesOf("liveness-out", "qa/", FIRST)).hasSize(2);

        CliRun purged = run("purge", "--older-than", "1d", "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/", "--yes");

        assertThat(purged.envelope().path("data").path("receipt").path("erasedCount").asInt()).as(purged.stdout()).isEqualTo(4);
        assertThat(sandbox.images().imagesOf("liveness-out", "qa/", SECOND)).isEmpty();
    }
}
