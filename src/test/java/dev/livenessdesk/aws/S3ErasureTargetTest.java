package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.VersionedS3StandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The erasure on the real SDK against a stand-in speaking S3's XML for versions, Object Lock, legal holds, MFA
 * delete and SlowDown (S3Mock 4.12.4 lists versions but deletes locked and held ones).
 */
class S3ErasureTargetTest {

    private static final String BUCKET = "liveness-out";
    private static final String PREFIX = "checks/";
    private static final String SESSION = "0a1b2c3d-1111-4222-8333-444455556666";
    private static final String NEIGHBOUR = "0a1b2c3d-1111-4222-8333-444455556667";
    private static final Instant WRITTEN = Instant.parse("2026-10-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private VersionedS3StandIn s3;
    private StsStandIn sts;
    private ErasureDesk desk;

    @BeforeEach
    void start() throws Exception {
        s3 = VersionedS3StandIn.start();
        sts = StsStandIn.start();
        desk = new ErasureDesk(s3.uri(), sts.uri(), folder);
    }

    @AfterEach
    void stop() {
        desk.close();
        s3.close();
        sts.close();
    }

    private VersionedS3StandIn.Bucket versionedBucket() {
        return s3.bucket(BUCKET, StsStandIn.ACCOUNT).versioning("Enabled", false);
    }

    @Test
    void aVersionedSessionWithALockedAndAHeldVersionIsErasedAndTheReceiptSaysWhatStayedAndWhy() throws Exception {
        VersionedS3StandIn.Bucket bucket = versionedBucket();
        String lockedVersion = bucket.put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);
        bucket.put(PREFIX + SESSION + "/reference.jpg", 41_000, WRITTEN.plusSeconds(5));
        String heldVersion = bucket.put(PREFIX + SESSION + "/audit_1.jpg", 30_000, WRITTEN);
        bucket.put(PREFIX + SESSION + "/audit_2.jpg", 30_000, WRITTEN);
        bucket.deleteMarker(PREFIX + SESSION + "/audit_2.jpg", WRITTEN.plusSeconds(9));
        bucket.put(PREFIX + SESSION + "/liveness-desk-record.json", 600, WRITTEN);
        bucket.put(PREFIX + NEIGHBOUR + "/reference.jpg", 40_000, WRITTEN);
        Instant until = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        bucket.retain(PREFIX + SESSION + "/reference.jpg", lockedVersion, until);
        bucket.hold(PREFIX + SESSION + "/audit_1.jpg", heldVersion);

        ErasurePlan plan = desk.planner.planSession(BUCKET, PREFIX, SESSION);
        Eraser.Outcome outcome = desk.eraser.run(plan, true, ErasureProgress.NONE, () -> false);

        assertThat(plan.versionCount()).isEqualTo(6);
        assertThat(plan.objectCount()).isEqualTo(4);
        assertThat(plan.callerArn()).isEqualTo(StsStandIn.ARN);
        assertThat(bucket.keysWithVersions()).containsExactlyInAnyOrder(
                PREFIX + NEIGHBOUR + "/reference.jpg#" + bucket.keysWithVersions().stream()
                        .filter(k -> k.startsWith(PREFIX + NEIGHBOUR)).findFirst().orElseThrow().split("#")[1],
                PREFIX + SESSION + "/reference.jpg#" + lockedVersion,
                PREFIX + SESSION + "/audit_1.jpg#" + heldVersion,
                // The receipt itself, in its own folder.
                bucket.keysWithVersions().stream().filter(k -> k.startsWith("liveness-desk-erasures/")).findFirst()
                        .orElseThrow());
        assertThat(s3.versionDeletes().values()).containsOnly(1);
        assertThat(s3.versionDeletes()).hasSize(4);
        ErasureReceipt receipt = outcome.receipt();
        assertThat(receipt.complete()).isFalse();
        assertThat(receipt.erased()).hasSize(4);
        assertThat(receipt.remaining()).hasSize(2);
        NotDeleted locked = receipt.remaining().stream()
                .filter(still -> still.reason() == NotDeleted.Reason.RETENTION).findFirst().orElseThrow();
        assertThat(locked.version().versionId()).isEqualTo(lockedVersion);
        assertThat(locked.until()).contains(until);
        assertThat(locked.message()).contains("Object Lock (COMPLIANCE mode) keeps this version until " + until);
        NotDeleted held = receipt.remaining().stream()
                .filter(still -> still.reason() == NotDeleted.Reason.LEGAL_HOLD).findFirst().orElseThrow();
        assertThat(held.version().versionId()).isEqualTo(heldVersion);
        assertThat(held.message()).contains("legal hold");

        JsonNode stored = JSON.readTree(s3.written().get(BUCKET + "/" + receipt.bucketKey()));
        assertThat(outcome.bucketCopyKey()).contains(receipt.bucketKey());
        assertThat(stored.get("who").asText()).isEqualTo(StsStandIn.ARN);
        assertThat(stored.get("complete").asBoolean()).isFalse();
        assertThat(stored.get("remaining")).hasSize(2);
        assertThat(stored.get("remaining").get(0).has("versionId")).isTrue();
        assertThat(stored.toString()).doesNotContain("confidence").doesNotContain("score");
        assertThat(s3.requests()).anyMatch(r -> r.startsWith("POST /" + BUCKET + "?delete"))
                .anyMatch(r -> r.startsWith("GET /" + BUCKET + "?versions"))
                .anyMatch(r -> r.contains("?retention") && r.contains(lockedVersion));
    }

    @Test
    void slowDownIsWaitedOutAndTheBatchSentAgain() throws Exception {
        VersionedS3StandIn.Bucket bucket = versionedBucket().slowDown(2);
        bucket.put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);

        Eraser.Outcome outcome = desk.eraser.run(desk.planner.planSession(BUCKET, PREFIX, SESSION), false,
                ErasureProgress.NONE, () -> false);

        assertThat(desk.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(outcome.receipt().complete()).isTrue();
        assertThat(bucket.keysWithVersions()).isEmpty();
        assertThat(s3.requests().stream().filter(r -> r.startsWith("POST /" + BUCKET + "?delete"))).hasSize(3);
    }

    @Test
    void mfaDeleteIsShownInThePlanAndEveryVersionStaysWithTheReason() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT).versioning("Enabled", true);
        bucket.put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);

        ErasurePlan plan = desk.planner.planSession(BUCKET, PREFIX, SESSION);
        ErasureReceipt receipt = desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false).receipt();

        assertThat(plan.bucketFacts().mfaDelete()).isTrue();
        assertThat(receipt.erased()).isEmpty();
        assertThat(receipt.remaining()).singleElement().satisfies(still -> {
            assertThat(still.reason()).isEqualTo(NotDeleted.Reason.MFA_DELETE);
            assertThat(still.message()).contains("MFA delete");
        });
        assertThat(bucket.keysWithVersions()).hasSize(1);
    }

    @Test
    void aMissingPermissionIsNamedForTheKeysItKept() throws Exception {
        versionedBucket().denyVersionDeletes().put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);

        ErasureReceipt receipt = desk.eraser.run(desk.planner.planSession(BUCKET, PREFIX, SESSION), false,
                ErasureProgress.NONE, () -> false).receipt();

        assertThat(receipt.remaining()).singleElement().satisfies(still -> {
            assertThat(still.reason()).isEqualTo(NotDeleted.Reason.ACCESS_DENIED);
            assertThat(still.message()).contains("lack s3:DeleteObjectVersion on arn:aws:s3:::liveness-out/checks/");
        });
    }

    @Test
    void aBucketNeverVersionedIsErasedByKeyAndADenialNamesDeleteObject() throws Exception {
        s3.bucket(BUCKET, StsStandIn.ACCOUNT).denyDeletes().put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);

        ErasureReceipt receipt = desk.eraser.run(desk.planner.planSession(BUCKET, PREFIX, SESSION), false,
                ErasureProgress.NONE, () -> false).receipt();

        assertThat(receipt.remaining()).singleElement().satisfies(still ->
                assertThat(still.message()).contains("lack s3:DeleteObject on"));
    }

    @Test
    void aBucketNeverVersionedIsListedWithListObjectsV2PageByPageAndNeedsNoListBucketVersions() throws Exception {
        VersionedS3StandIn.Bucket bucket = s3.bucket(BUCKET, StsStandIn.ACCOUNT);
        for (int n = 0; n < 1300; n++) {
            bucket.put(PREFIX + String.format("%08x-0000-4000-8000-%012x", n, n) + "/reference.jpg", 100, WRITTEN);
        }
        bucket.put(PREFIX + "exports/keep.csv", 10, WRITTEN);

        ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), Instant.now());
        ErasureReceipt receipt = desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false).receipt();

        assertThat(plan.versionCount()).isEqualTo(1300);
        assertThat(plan.versions()).allSatisfy(version -> assertThat(version.versionId()).isEqualTo("null"));
        assertThat(receipt.erased()).hasSize(1300);
        assertThat(receipt.complete()).isTrue();
        assertThat(bucket.keysWithVersions()).singleElement().asString().startsWith(PREFIX + "exports/keep.csv#");
        List<String> requests = s3.requests();
        assertThat(requests.stream().filter(r -> r.startsWith("GET /" + BUCKET + "?") && r.contains("list-type=2")))
                .hasSize(2);
        assertThat(requests).noneMatch(r -> r.contains("versions"));
        assertThat(requests.stream().filter(r -> r.startsWith("POST /" + BUCKET + "?delete"))).hasSize(2);
    }

    @Test
    void aBucketOfAnotherAccountIsRefusedBeforeAnythingIsPlanned() {
        s3.bucket(BUCKET, "999999999999").put(PREFIX + SESSION + "/reference.jpg", 40_000, WRITTEN);

        assertThatThrownBy(() -> desk.planner.planSession(BUCKET, PREFIX, SESSION))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("belongs to another AWS account than 123456789012");
        assertThat(s3.requests()).noneMatch(r -> r.startsWith("POST"));
    }

    @Test
    void aPurgeListsPageByPageAndDeletesInBatchesOfAtMostAThousand() throws Exception {
        VersionedS3StandIn.Bucket bucket = versionedBucket();
        for (int n = 0; n < 1300; n++) {
            String id = String.format("%08x-0000-4000-8000-%012x", n, n);
            bucket.put(PREFIX + id + "/reference.jpg", 100, WRITTEN);
            bucket.put(PREFIX + id + "/reference.jpg", 100, WRITTEN.plusSeconds(1));
        }
        bucket.put(PREFIX + "exports/keep.csv", 10, WRITTEN);

        ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), Instant.now());
        ErasureReceipt receipt = desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false).receipt();

        assertThat(plan.sessionIds()).hasSize(1300);
        assertThat(plan.versionCount()).isEqualTo(2600);
        assertThat(receipt.erased()).hasSize(2600);
        assertThat(bucket.keysWithVersions()).singleElement().asString().startsWith(PREFIX + "exports/keep.csv#");
        List<String> requests = s3.requests();
        assertThat(requests.stream().filter(r -> r.startsWith("GET /" + BUCKET + "?") && r.contains("versions")))
                .hasSize(3);
        assertThat(requests.stream().filter(r -> r.startsWith("POST /" + BUCKET + "?delete"))).hasSize(3);
    }
}
