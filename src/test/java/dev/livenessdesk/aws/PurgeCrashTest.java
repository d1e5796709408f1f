package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.core.erasure.JournalRun;
import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's "done when": a purge of 10,000 sessions (50,000 objects) whose desk is killed (SIGKILL) in the
 * middle of a DeleteObjects call, resumed by the next start: every version deleted exactly once, nothing outside
 * the old session folders touched, the receipt listing all 10,000 sessions.
 */
class PurgeCrashTest {

    private static final String BUCKET = "liveness-out";
    private static final String PREFIX = "checks/";
    private static final int SESSIONS = 10_000;
    private static final Instant OLD = Instant.now().minus(Duration.ofDays(90));

    @TempDir
    Path folder;

    private static String id(int n) {
        return String.format("%08x-0000-4000-8000-%012x", n, n);
    }

    @Test
    void aPurgeKilledMidBatchResumesWithNothingDeletedTwiceAndNothingOutsideTouched() throws Exception {
        try (VersionedS3StandIn s3 = VersionedS3StandIn.start(); StsStandIn sts = StsStandIn.start()) {
            VersionedS3StandIn.Bucket bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT).versioning("Enabled", false);
            for (int n = 0; n < SESSIONS; n++) {
                for (String name : List.of("reference.jpg", "audit_1.jpg", "audit_2.jpg", "audit_3.jpg",
                        "liveness-desk-record.json")) {
                    bucket.put(PREFIX + id(n) + "/" + name, 100, OLD);
                }
            }
            List<String> outside = List.of(PREFIX + "exports/summary.csv", "other/" + id(1) + "/reference.jpg",
                    PREFIX + id(2) + "-copy/reference.jpg", PREFIX + id(SESSIONS + 1) + "/reference.jpg");
            for (String key : outside.subList(0, 3)) {
                bucket.put(key, 10, OLD);
            }
            bucket.put(outside.get(3), 10, Instant.now().minus(Duration.ofDays(2)));
            s3.stallAfterDeleteCall(13);

            Process child = startChild(s3, sts);
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("PLANNED " + SESSIONS + " " + SESSIONS * 5);
            assertThat(s3.awaitStall(Duration.ofMinutes(3))).as("the child reached its 13th batch").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(s3.versionDeletes()).hasSize(13_000);

            try (ErasureDesk restarted = new ErasureDesk(s3.uri(), sts.uri(), folder)) {
                List<JournalRun> unfinished = restarted.journal.unfinished();
                assertThat(unfinished).hasSize(1);
                assertThat(unfinished.get(0).deleted()).hasSize(12_000);
                assertThat(unfinished.get(0).inFlight()).hasSize(1_000);
                int postsBefore = posts(s3);

                Eraser.Outcome outcome = restarted.eraser.resume(unfinished.get(0).runId(), false,
                        ErasureProgress.NONE, () -> false);

                assertThat(s3.versionDeletes()).hasSize(SESSIONS * 5);
                assertThat(s3.versionDeletes().values()).containsOnly(1);
                assertThat(posts(s3) - postsBefore).as("batches sent after the restart").isEqualTo(37);
                assertThat(bucket.keysWithVersions()).extracting(k -> k.split("#")[0])
                        .containsExactlyInAnyOrderElementsOf(outside);
                assertThat(outcome.receipt().complete()).isTrue();
                assertThat(outcome.receipt().sessionIds()).hasSize(SESSIONS);
                assertThat(outcome.receipt().erased()).hasSize(SESSIONS * 5);
                assertThat(restarted.journal.unfinished()).isEmpty();
            }
        }
    }

    private static int posts(VersionedS3StandIn s3) {
        return (int) s3.requests().stream().filter(r -> r.startsWith("POST /" + BUCKET + "?delete")).count();
    }

    private Process startChild(VersionedS3StandIn s3, StsStandIn sts) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1"));
        String dataFolder = System.getProperty(AppDirectories.OVERRIDE_PROPERTY);
        if (dataFolder != null) {
            command.add("-D" + AppDirectories.OVERRIDE_PROPERTY + "=" + dataFolder);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PurgeChild.class.getName(),
                s3.uri().toString(), sts.uri().toString(), folder.toString(), BUCKET, PREFIX));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
