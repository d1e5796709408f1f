package dev.livenessdesk.core.review;

import static dev.livenessdesk.core.review.ReviewFixtures.T0;
import static dev.livenessdesk.core.review.ReviewFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ClientAgent;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Activity tab's window as a queue source: which of its sessions can be reviewed, and why the others cannot. */
class ReviewSourcesTest {

    @Test
    void anActivityWindowGivesTheSessionsWhoseImagesWentToABucketAndSaysWhyTheOthersAreLeftOut() {
        List<ActivitySession> window = List.of(
                session(Optional.of(id(1)), ActivityOutcome.COMPLETED, true, Optional.of("team-bucket"), "prod/"),
                session(Optional.of(id(2)), ActivityOutcome.STARTED, true, Optional.of("team-bucket"), "lobby/"),
                session(Optional.of(id(3)), ActivityOutcome.COMPLETED, true, Optional.empty(), ""),
                session(Optional.of(id(4)), ActivityOutcome.COMPLETED, false, Optional.empty(), ""),
                session(Optional.of(id(5)), ActivityOutcome.NEVER_STARTED, true, Optional.of("team-bucket"), "prod/"),
                session(Optional.of(id(6)), ActivityOutcome.NEVER_STARTED, true, Optional.of("team-bucket"), "prod/"),
                session(Optional.empty(), ActivityOutcome.FAILED, true, Optional.of("team-bucket"), "prod/"),
                session(Optional.of(id(8)), ActivityOutcome.FAILED, true, Optional.of("team-bucket"), "prod/"));
        HistoryEntry madeHere = new HistoryEntry(id(1), T0, Optional.empty(), "eu-west-1", Optional.of("team-bucket"),
                "prod/", 2, "SUCCEEDED", Optional.of(91.5f), Optional.empty(), List.of("LOW_LIGHTING_DETECTED"),
                Optional.of("AmplifyUI-Web"));

        ReviewSources.Found found = ReviewSources.fromActivity(window, List.of(madeHere));

        assertThat(found.candidates()).extracting(ReviewCandidate::sessionId).containsExactly(id(1), id(2));
        ReviewCandidate first = found.candidates().get(0);
        assertThat(first.place()).isEqualTo(new RecordPlace("team-bucket", "prod/"));
        assertThat(first.confidence()).as("the score this computer's history knows").contains(91.5f);
        assertThat(first.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED");
        assertThat(first.clientSdk()).contains("AmplifyUI-Web");
        ReviewCandidate second = found.candidates().get(1);
        assertThat(second.place()).isEqualTo(new RecordPlace("team-bucket", "lobby/"));
        assertThat(second.confidence()).as("not made here: no score known").isEmpty();
        assertThat(second.clientSdk()).as("the client the events name").contains("aws-cli 2.15.0");

        assertThat(found.leftOut()).containsExactly(Map.entry(ReviewSources.LeftOut.NO_BUCKET, 1),
                Map.entry(ReviewSources.LeftOut.NO_SESSION, 1),
                Map.entry(ReviewSources.LeftOut.CREATED_BEFORE_WINDOW, 1),
                Map.entry(ReviewSources.LeftOut.NOT_STARTED, 2), Map.entry(ReviewSources.LeftOut.CHECK_FAILED, 1));
        assertThat(found.leftOutLine()).isEqualTo("6 sessions left out (only sessions with images in S3 can be"
                + " reviewed): 1 created without an output bucket (their images were handed back once and kept"
                + " nowhere), 1 refused creates (no session was made), 1 created before the window (its events do"
                + " not say where their images went), 2 never started (no images were made), 1 failed checks (no"
                + " result, so no images).");
    }

    @Test
    void aWindowWhoseSessionsAllHaveImagesLeavesNothingOutAndSaysNothing() {
        ReviewSources.Found found = ReviewSources.fromActivity(List.of(session(Optional.of(id(1)),
                ActivityOutcome.COMPLETED, true, Optional.of("b"), "")), List.of());
        assertThat(found.candidates()).hasSize(1);
        assertThat(found.leftOutCount()).isZero();
        assertThat(found.leftOutLine()).isEmpty();
    }

    @Test
    void theHistoryLeavesOutTheSessionsMadeWithoutABucketAndCountsThem() {
        HistoryEntry withBucket = new HistoryEntry(id(1), T0, Optional.empty(), "us-east-1", Optional.of("b"), "p/",
                2, "SUCCEEDED", Optional.of(80f), Optional.empty(), List.of(), Optional.empty());
        HistoryEntry without = new HistoryEntry(id(2), T0, Optional.empty(), "us-east-1", Optional.empty(), "",
                0, "SUCCEEDED", Optional.of(80f), Optional.empty(), List.of(), Optional.empty());
        ReviewSources.Found found = ReviewSources.historySessions(List.of(withBucket, without));
        assertThat(found.candidates()).extracting(ReviewCandidate::sessionId).containsExactly(id(1));
        assertThat(found.leftOutLine()).startsWith("1 sessions left out").contains("1 created without an output bucket");
    }

    private static ActivitySession session(Optional<String> id, ActivityOutcome outcome, boolean createdInWindow,
                                           Optional<String> bucket, String prefix) {
        Instant created = T0.plusSeconds(60);
        return new ActivitySession(id, id.orElse("event-7"), createdInWindow ? Optional.of(created) : Optional.empty(),
                "arn:aws:iam::111122223333:user/backend", false, bucket,
                bucket.isPresent() ? Optional.of(prefix) : Optional.empty(), Optional.of("2"), Optional.empty(),
                Optional.of(created.plusSeconds(5)), "198.51.100.23",
                ClientAgent.read("aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64"), outcome, Optional.empty(),
                Optional.empty(), List.of(), created.plusSeconds(30), 3);
    }
}
