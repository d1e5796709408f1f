package dev.livenessdesk.core.erasure;

import static dev.livenessdesk.core.erasure.ErasureFixture.BUCKET;
import static dev.livenessdesk.core.erasure.ErasureFixture.NOW;
import static dev.livenessdesk.core.erasure.ErasureFixture.PREFIX;
import static dev.livenessdesk.core.erasure.ErasureTestIds.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.testsupport.InMemoryErasureBucket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan a user reads before anything goes: exactly the chosen folders' versions and local rows, with figures. */
class ErasurePlannerTest {

    @TempDir
    Path folder;

    @Test
    void aSessionsPlanHoldsEveryVersionOfItsFolderItsRecordAndItsLocalRowsAndNothingElse() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket().facts(new BucketFacts("Enabled", false));
        Instant written = NOW.minus(Duration.ofDays(3));
        ErasureFixture.session(bucket, PREFIX, id(1), written);
        bucket.put(PREFIX + id(1) + "/reference.jpg", "v-older", 39_000, written.minusSeconds(60));
        ErasureFixture.session(bucket, PREFIX, id(2), written);
        bucket.put(PREFIX + id(1) + "-notes/readme.txt", null, 10, written);
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            desk.keepLocally(id(1));

            ErasurePlan plan = desk.planner.planSession(BUCKET, PREFIX, " " + id(1).toUpperCase() + " ");

            assertThat(plan.sessionIds()).containsExactly(id(1));
            assertThat(plan.versions()).extracting(ObjectVersion::key).containsExactlyInAnyOrder(
                    PREFIX + id(1) + "/reference.jpg", PREFIX + id(1) + "/reference.jpg",
                    PREFIX + id(1) + "/audit_1.jpg", PREFIX + id(1) + "/audit_2.jpg",
                    PREFIX + id(1) + "/liveness-desk-record.json");
            assertThat(plan.objectCount()).isEqualTo(4);
            assertThat(plan.versionCount()).isEqualTo(5);
            assertThat(plan.bytes()).isEqualTo(40_000 + 39_000 + 30_000 + 30_000 + 600);
            assertThat(plan.historyRows()).containsExactly(id(1));
            assertThat(plan.campaignRows()).containsExactly(id(1));
            assertThat(plan.callerArn()).isEqualTo("arn:aws:iam::123456789012:user/support-ana");
            assertThat(plan.bucketFacts().everVersioned()).isTrue();
        }
    }

    @Test
    void aMalformedSessionIdIsRefusedBeforeAnythingIsListed() throws Exception {
        try (ErasureFixture desk = new ErasureFixture(folder, new InMemoryErasureBucket())) {
            assertThatThrownBy(() -> desk.planner.planSession(BUCKET, PREFIX, "../../etc"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../../etc");
        }
    }

    @Test
    void aPurgeTakesTheFoldersWhoseNewestObjectIsOlderThanTheAgeAndCountsWhatItLeavesAlone() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        for (int n = 1; n <= 14; n++) {
            ErasureFixture.session(bucket, PREFIX, id(n), NOW.minus(Duration.ofDays(20 + n * 2L)));
        }
        // A session written to again recently stays, whatever its first objects' age.
        bucket.put(PREFIX + id(14) + "/late.json", null, 5, NOW.minus(Duration.ofDays(1)));
        bucket.put(PREFIX + "exports/summary.csv", null, 100, NOW.minus(Duration.ofDays(400)));
        bucket.put("elsewhere/" + id(99) + "/reference.jpg", null, 100, NOW.minus(Duration.ofDays(400)));
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            ErasurePlan plan = desk.planner.planPurge(BUCKET, PREFIX, Duration.ofDays(30), NOW);

            // ages 22, 24, ..., 48 days: 6..13 are past 30 days; 14 was written to yesterday
            assertThat(plan.sessionIds()).containsExactlyInAnyOrder(id(6), id(7), id(8), id(9), id(10), id(11),
                    id(12), id(13));
            assertThat(plan.objectCount()).isEqualTo(32);
            assertThat(plan.versionCount()).isEqualTo(32);
            assertThat(plan.bytes()).isEqualTo(8 * 100_600L);
            assertThat(plan.oldest()).isEqualTo(Optional.of(NOW.minus(Duration.ofDays(46))));
            assertThat(plan.newest()).isEqualTo(Optional.of(NOW.minus(Duration.ofDays(32))));
            assertThat(plan.sample()).startsWith(id(13), id(12));
            assertThat(plan.leftAlone()).isEqualTo(1);
            assertThat(plan.cutoff()).contains(NOW.minus(Duration.ofDays(30)));
            assertThat(plan.wholeBucket()).isFalse();
        }
    }

    @Test
    void aPurgeOfTheWholeBucketAsksForTheWordsAndNeverTakesTheReceiptsFolder() throws Exception {
        InMemoryErasureBucket bucket = new InMemoryErasureBucket();
        ErasureFixture.session(bucket, "", id(3), NOW.minus(Duration.ofDays(90)));
        bucket.put("liveness-desk-erasures/2026-01-01T00-00-00Z-r.json", null, 900, NOW.minus(Duration.ofDays(300)));
        try (ErasureFixture desk = new ErasureFixture(folder, bucket)) {
            ErasurePlan plan = desk.planner.planPurge(BUCKET, "/", Duration.ofDays(30), NOW);

            assertThat(plan.wholeBucket()).isTrue();
            assertThat(plan.sessionIds()).containsExactly(id(3));
            assertThat(plan.leftAlone()).isEqualTo(1);
            assertThat(TypedConfirmation.expected(plan)).isEqualTo("every session folder " + id(3).substring(0, 8));
            assertThat(TypedConfirmation.matches(plan, id(3).substring(0, 8))).isFalse();
            assertThat(TypedConfirmation.matches(plan, " Every session folder " + id(3).substring(0, 8))).isTrue();
        }
    }
}
