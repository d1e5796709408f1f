package dev.livenessdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.review.ViewingLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviews on a real SQLite file: a review given while the bucket cannot be reached is kept and waits, survives a
 * restart, and is written once the bucket answers; the viewing log keeps every showing in order.
 */
class ReviewDeskOnSqliteTest {

    private static final RecordPlace PLACE = new RecordPlace("team-bucket", "qa/");
    private static final String SESSION = "5e000000-0000-4000-8000-000000000001";

    @TempDir
    Path folder;

    /** A bucket that can be switched off, keeping what was appended. */
    private static final class Bucket implements SharedReviews {
        boolean reachable;
        final List<Review> stored = new ArrayList<>();

        @Override
        public void append(RecordPlace place, String sessionId, List<Review> reviews) throws ServiceException {
            if (!reachable) {
                throw new ServiceException(ServiceError.of(ErrorKind.NETWORK, "s3 did not answer in time.", ""));
            }
            reviews.stream().filter(r -> !stored.contains(r)).forEach(stored::add);
        }

        @Override
        public ReviewScan readAll(String bucket, String prefix) throws ServiceException {
            if (!reachable) {
                throw new ServiceException(ServiceError.of(ErrorKind.NETWORK, "s3 did not answer in time.", ""));
            }
            return new ReviewScan(stored, 0);
        }
    }

    private static Review review(String reviewer, ReviewLabel label, int second) {
        return new Review(SESSION, label, Set.of(QualityFlag.NO_FACE), Optional.of("blurred"), reviewer,
                Instant.parse("2026-12-01T09:00:00Z").plusSeconds(second), ReviewRound.FIRST);
    }

    @Test
    void aReviewGivenOfflineWaitsSurvivesARestartAndIsWrittenLater() throws Exception {
        Bucket bucket = new Bucket();
        Review offline = review("ana", ReviewLabel.MASK, 1);
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            ReviewDesk desk = new ReviewDesk(new SqliteReviewStore(database), b -> Optional.of(bucket));
            ReviewDesk.Kept kept = desk.record(offline, PLACE);
            assertThat(kept.written()).isFalse();
            assertThat(kept.whyWaiting()).contains("s3 did not answer in time.");
            assertThat(desk.waitingCount()).isEqualTo(1);
        }
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            ReviewDesk desk = new ReviewDesk(new SqliteReviewStore(database), b -> Optional.of(bucket));
            assertThat(desk.sendWaiting().stillWaiting()).isEqualTo(1);
            bucket.reachable = true;

            ReviewDesk.Sent sent = desk.sendWaiting();

            assertThat(sent.written()).isEqualTo(1);
            assertThat(desk.waitingCount()).isZero();
            assertThat(bucket.stored).containsExactly(offline);
        }
    }

    @Test
    void gatheringPutsTheBucketsReviewsAndThisComputersTogetherEachOnce() throws Exception {
        Bucket bucket = new Bucket();
        bucket.reachable = true;
        Review teammate = review("ben", ReviewLabel.LIVE, 2);
        bucket.stored.add(teammate);
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            ReviewDesk desk = new ReviewDesk(new SqliteReviewStore(database), b -> Optional.of(bucket));
            Review mine = review("ana", ReviewLabel.LIVE, 1);
            desk.record(mine, PLACE);
            ReviewCandidate candidate = new ReviewCandidate(SESSION, PLACE, Instant.EPOCH, Optional.of(90f),
                    List.of(), Optional.empty(), "us-east-1", Optional.empty());

            ReviewDesk.Gathered gathered = desk.gather(List.of(candidate));
            assertThat(gathered.reviews().of(SESSION)).containsExactly(mine, teammate);

            bucket.reachable = false;
            ReviewDesk.Gathered offline = desk.gather(List.of(candidate));
            assertThat(offline.reviews().of(SESSION)).as("the teammate's review was kept here when read")
                    .containsExactly(mine, teammate);
            assertThat(offline.unreachable()).containsExactly("s3://team-bucket/qa/: s3 did not answer in time.");
        }
    }

    @Test
    void theViewingLogKeepsEveryShowingInOrder() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            ViewingLog log = new SqliteViewingLog(database);
            log.noteViewed(new ViewingLog.Viewing("ana", SESSION, Instant.parse("2026-12-01T09:00:00Z")));
            log.noteViewed(new ViewingLog.Viewing("ana", SESSION, Instant.parse("2026-12-01T09:00:04Z")));

            assertThat(log.entries()).extracting(ViewingLog.Viewing::at).containsExactly(
                    Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T09:00:04Z"));
        }
    }
}
