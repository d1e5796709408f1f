package dev.livenessdesk.core.erasure;

import static dev.livenessdesk.core.erasure.ErasureFixture.BUCKET;
import static dev.livenessdesk.core.erasure.ErasureFixture.NOW;
import static dev.livenessdesk.core.erasure.ErasureFixture.PREFIX;
import static dev.livenessdesk.core.erasure.ErasureTestIds.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.testsupport.InMemoryErasureBucket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running a plan: batches, the guard before each, SlowDown waited out, what stays said, crashes resumed. */
class EraserTest {

    private static final Instant OLD = NOW.minus(Duration.ofDays(60));

    @TempDir
    Path folder;

    @Test
    void anErasedSessionIsGoneFromTheBucketAndThisComputerAndTheReceiptSaysExactlyWhat() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        ErasureFixture.session(bucket, PREFIX, id(1), OLD);
        ErasureFixture.session(bucket, PREFIX, id(2), OLD);
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            desk.keepLocally(id(1));
            desk.keepLocally(id(2));
            ErasurePlan plan = desk.planner.planSession(BUCKET, PREFIX, id(1));

            Eraser.Outcome outcome = desk.eraser.run(plan, true, ErasureProgress.NONE, () -> false);

            assertThat(bucket.keys()).allMatch(key -> key.startsWith(PREFIX + id(2) + "/")).hasSize(4);
            assertThat(desk.history.list()).extracting(HistoryEntry::sessionId).containsExactly(id(2));
            assertThat(desk.campaigns.keptSessionIds(List.of(id(1), id(2)))).containsExactly(id(2));
            ErasureReceipt receipt = outcome.receipt();
            assertThat(receipt.complete()).isTrue();
            assertThat(receipt.erased()).extracting(ObjectVersion::key).containsExactlyInAnyOrder(
                    PREFIX + id(1) + "/reference.jpg", PREFIX + id(1) + "/audit_1.jpg",
                    PREFIX + id(1) + "/audit_2.jpg", PREFIX + id(1) + "/liveness-desk-record.json");
            assertThat(receipt.remaining()).isEmpty();
            assertThat(receipt.historyRemoved()).containsExactly(id(1));
            assertThat(receipt.campaignRemoved()).containsExactly(id(1));
            assertThat(receipt.who()).isEqualTo("arn:aws:iam::123456789012:user/support-ana");
            assertThat(receipt.when()).isEqualTo(NOW);
            assertThat(receipt.deskVersion()).isEqualTo("0.1.0");
            assertThat(outcome.bucketCopyKey()).contains("liveness-desk-erasures/2026-12-06T12-00-00Z-"
                    + receipt.runId() + ".json");
            assertThat(bucket.receipts()).containsExactly(receipt);
            Map<String, Object> document = receipt.document();
            assertThat(document).containsEntry("sessions", List.of(id(1))).containsEntry("when", "2026-12-06T12:00:00Z")
                    .containsEntry("complete", true).doesNotContainKeys("confidence", "score", "images");
            assertThat(desk.journal.receipts()).hasSize(1);
            assertThat(desk.journal.receipts().get(0)).containsEntry("receipt", receipt.runId());
            assertThat(desk.journal.unfinished()).isEmpty();
        }
    }

    @Test
    void lockedVersionsStayAndTheReceiptSaysUntilWhenAndTheLocalRowsStayWithThem() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        ErasureFixture.session(bucket, PREFIX, id(1), OLD);
        Instant until = Instant.parse("2027-03-01T00:00:00Z");
        bucket.lock(PREFIX + id(1) + "/reference.jpg", "null", until);
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            desk.keepLocally(id(1));

            Eraser.Outcome outcome = desk.eraser.run(desk.planner.planSession(BUCKET, PREFIX, id(1)), false,
                    ErasureProgress.NONE, () -> false);

            ErasureReceipt receipt = outcome.receipt();
            assertThat(receipt.complete()).isFalse();
            assertThat(receipt.erased()).hasSize(3);
            assertThat(receipt.remaining()).singleElement().satisfies(still -> {
                assertThat(still.version().key()).isEqualTo(PREFIX + id(1) + "/reference.jpg");
                assertThat(still.reason()).isEqualTo(NotDeleted.Reason.RETENTION);
                assertThat(still.until()).contains(until);
            });
            assertThat(receipt.localKept()).containsExactly(id(1));
            assertThat(receipt.historyRemoved()).isEmpty();
            assertThat(desk.history.list()).extracting(HistoryEntry::sessionId).containsExactly(id(1));
            assertThat(outcome.bucketCopyKey()).isEmpty();
            assertThat(bucket.receipts()).isEmpty();
            assertThat(receipt.document()).containsEntry("remainingCount", 1);
        }
    }

    @Test
    void aPurgeSendsBatchesOfAtMostAThousandAndWaitsOutSlowDown() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket().throttleNextCalls(2);
        for (int n = 1; n <= 600; n++) {
            ErasureFixture.session(bucket, PREFIX, id(n), OLD);
        }
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            List<String> notes = new ArrayList<>();
            ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), NOW);

            Eraser.Outcome outcome = desk.eraser.run(plan, false, (settled, total, note) -> notes.add(note),
                    () -> false);

            assertThat(bucket.batchSizes()).containsExactly(1000, 1000, 400);
            assertThat(desk.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(notes).contains("S3 asked to slow down: waiting 1 s before sending the rest of this batch.");
            assertThat(bucket.keys()).isEmpty();
            assertThat(outcome.receipt().erased()).hasSize(2400);
            assertThat(outcome.receipt().complete()).isTrue();
        }
    }

    @Test
    void theGuardRefusesAKeyOutsideTheFoldersRightBeforeItsBatchAndItIsNeverSent() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        ErasureFixture.session(bucket, PREFIX, id(1), OLD);
        bucket.put(PREFIX + "keep-me.csv", null, 10, OLD);
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            ErasurePlan honest = desk.planner.planSession(BUCKET, PREFIX, id(1));
            // A plan whose list was tampered with (or built by a bug) after the listing.
            List<ObjectVersion> tampered = new ArrayList<>(honest.versions());
            tampered.add(new ObjectVersion(PREFIX + "keep-me.csv", null, 10, OLD, false));
            ErasurePlan plan = new ErasurePlan(honest.kind(), BUCKET, PREFIX, Optional.empty(), honest.bucketFacts(),
                    honest.callerArn(), List.of(new SessionObjects(id(1), tampered)), Set.of(), Set.of(), 0);

            ErasureReceipt receipt = desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false).receipt();

            assertThat(bucket.keys()).containsExactly(PREFIX + "keep-me.csv");
            assertThat(bucket.deletesPerVersion()).doesNotContainKey(tampered.get(tampered.size() - 1).identity());
            assertThat(receipt.remaining()).singleElement().satisfies(still -> {
                assertThat(still.reason()).isEqualTo(NotDeleted.Reason.OUTSIDE_FOLDERS);
                assertThat(still.message()).contains("outside the session folders under checks/");
            });
            assertThat(receipt.complete()).isFalse();
        }
    }

    @Test
    void aDeskThatDiesMidBatchResumesAfterARestartWithoutDeletingAnythingTwice() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket().dieAfterDeleteCall(2);
        for (int n = 1; n <= 1000; n++) {
            ErasureFixture.session(bucket, PREFIX, id(n), OLD);
        }
        bucket.put(PREFIX + "exports/keep.csv", null, 1, OLD);
        bucket.put("other/" + id(5) + "/reference.jpg", null, 1, OLD);
        String runId;
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), NOW);
            assertThatThrownBy(() -> desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false))
                    .isInstanceOf(InMemoryErasureBucket.DeskDied.class);
            assertThat(desk.journal.unfinished()).hasSize(1);
            runId = desk.journal.unfinished().get(0).runId();
            assertThat(desk.journal.unfinished().get(0).inFlight()).hasSize(1000);
        }
        assertThat(bucket.keys()).hasSize(4000 - 2000 + 2);

        try (ErasureFixture restarted = new ErasureFixture(folder, bucket)) {
            List<Long> settled = new ArrayList<>();
            Eraser.Outcome outcome = restarted.eraser.resume(runId, false, (done, total, note) -> settled.add(done),
                    () -> false);

            assertThat(bucket.deletesPerVersion().values()).allMatch(times -> times == 1);
            assertThat(bucket.deletesPerVersion()).hasSize(4000);
            assertThat(bucket.keys()).containsExactlyInAnyOrder(PREFIX + "exports/keep.csv",
                    "other/" + id(5) + "/reference.jpg");
            assertThat(outcome.receipt().erased()).hasSize(4000);
            assertThat(outcome.receipt().complete()).isTrue();
            assertThat(settled.get(0)).isEqualTo(2000);
            assertThat(restarted.journal.unfinished()).isEmpty();
        }
    }

    @Test
    void aStoppedPurgeSaysWhatIsStillThereAndAResumeFinishesIt() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        for (int n = 1; n <= 500; n++) {
            ErasureFixture.session(bucket, PREFIX, id(n), OLD);
        }
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            AtomicInteger batches = new AtomicInteger();
            ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), NOW);

            Eraser.Outcome stopped = desk.eraser.run(plan, false, (done, total, note) -> batches.incrementAndGet(),
                    () -> batches.get() >= 2);

            assertThat(stopped.stopped()).isTrue();
            assertThat(stopped.receipt().complete()).isFalse();
            assertThat(stopped.receipt().erased()).hasSize(1000);
            assertThat(stopped.receipt().remaining()).hasSize(1000)
                    .allMatch(still -> still.reason() == NotDeleted.Reason.NOT_ATTEMPTED);
            assertThat(bucket.keys()).hasSize(1000);

            Eraser.Outcome finished = desk.eraser.resume(stopped.receipt().runId(), false, ErasureProgress.NONE,
                    () -> false);

            assertThat(finished.receipt().complete()).isTrue();
            assertThat(finished.receipt().erased()).hasSize(2000);
            assertThat(bucket.keys()).isEmpty();
            assertThat(new HashSet<>(bucket.deletesPerVersion().values())).containsExactly(1);
        }
    }
}
