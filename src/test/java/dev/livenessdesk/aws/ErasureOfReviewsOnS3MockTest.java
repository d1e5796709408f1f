package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.core.erasure.ReviewRows;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.store.SqliteReviewStore;
import dev.livenessdesk.store.SqliteViewingLog;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a reviewed session on S3Mock: the plan lists this computer's reviews and viewing-log entries of the
 * session, the erasure removes them with the session's record (where the team's reviews are shared), the receipt
 * names them, and no label of the session is left on this computer or in the bucket; a neighbour's stay.
 */
class ErasureOfReviewsOnS3MockTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "erase-reviewed";
    private static final String SESSION = "5e000000-0000-4000-8000-00000000000a";
    private static final String NEIGHBOUR = "5e000000-0000-4000-8000-00000000000b";
    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aReviewedSessionIsErasedAndNoLabelOfItIsLeftOnThisComputerOrInTheBucket() throws Exception {
        try (StsStandIn sts = StsStandIn.start();
             ErasureDesk desk = new ErasureDesk(URI.create("http://localhost:" + S3_MOCK.getHttpPort()), sts.uri(),
                     folder)) {
            new S3Seeder(desk.clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).bucket(BUCKET)
                    .putText(BUCKET, "qa/" + SESSION + "/reference.jpg", "face")
                    .putText(BUCKET, "qa/" + SESSION + "/audit/1.jpg", "face")
                    .putText(BUCKET, "qa/" + NEIGHBOUR + "/reference.jpg", "face");
            S3SessionReviews shared = new S3SessionReviews(desk.clients, S3TestConnection.settings(
                    S3_MOCK.getHttpPort()));
            SqliteReviewStore store = new SqliteReviewStore(desk.database);
            ReviewDesk reviews = new ReviewDesk(store, bucket -> Optional.of(shared));
            ViewingLog viewings = new SqliteViewingLog(desk.database);
            RecordPlace place = new RecordPlace(BUCKET, "qa/");
            reviews.record(review(SESSION, "ana", ReviewLabel.MASK, ReviewRound.FIRST, 0), place);
            reviews.record(review(SESSION, "ben", ReviewLabel.LIVE, ReviewRound.SECOND, 60), place);
            reviews.record(review(NEIGHBOUR, "ana", ReviewLabel.LIVE, ReviewRound.FIRST, 5), place);
            viewings.noteViewed(new ViewingLog.Viewing("ana", SESSION, AT));
            viewings.noteViewed(new ViewingLog.Viewing("ana", NEIGHBOUR, AT.plusSeconds(5)));
            assertThat(shared.readAll(BUCKET, "qa/").reviews()).hasSize(3);

            ErasurePlan plan = desk.planner.planSession(BUCKET, "qa/", SESSION);
            assertThat(plan.reviewRows()).containsExactly(Map.entry(SESSION, new ReviewRows.Kept(2, 1)));
            assertThat(plan.versions()).extracting(v -> v.key())
                    .as("the record holding the team's reviews goes with the folder")
                    .contains("qa/" + SESSION + "/liveness-desk-record.json");
            Eraser.Outcome outcome = desk.eraser.run(plan, false, ErasureProgress.NONE, () -> false);

            assertThat(outcome.receipt().complete()).isTrue();
            assertThat(outcome.receipt().reviewsRemoved()).containsExactly(SESSION);
            @SuppressWarnings("unchecked")
            Map<String, Object> local = (Map<String, Object>) outcome.receipt().document().get("thisComputer");
            assertThat(local.get("reviewsRemoved")).isEqualTo(List.of(SESSION));
            assertThat(store.reviewsOf(List.of(SESSION))).as("no label left on this computer").isEmpty();
            assertThat(viewings.entries()).extracting(ViewingLog.Viewing::sessionId).containsExactly(NEIGHBOUR);
            assertThat(shared.readAll(BUCKET, "qa/").reviews()).as("no label left in the bucket")
                    .extracting(Review::sessionId).containsExactly(NEIGHBOUR);
            assertThat(store.reviewsOf(List.of(NEIGHBOUR))).hasSize(1);
            assertThat(desk.planner.planSession(BUCKET, "qa/", SESSION).isEmpty())
                    .as("nothing of the session is left to erase").isTrue();
        }
    }

    private static Review review(String session, String reviewer, ReviewLabel label, ReviewRound round, int second) {
        return new Review(session, label, Set.of(), Optional.empty(), reviewer, AT.plusSeconds(second), round);
    }
}
