package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Reviews in the team records on S3Mock: two desks reviewing the same session at the same moment both keep theirs
 * (conditional writes: the loser of a race reads again and appends); a campaign rewrite keeps the reviews; hostile
 * reviews in a record are counted and left out, and stay in the record.
 */
class S3SessionReviewsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AwsClients firstDesk;
    private static AwsClients secondDesk;
    private static S3Seeder seeder;

    @BeforeAll
    static void clients() {
        firstDesk = S3TestConnection.clients();
        secondDesk = S3TestConnection.clients();
        seeder = new S3Seeder(firstDesk.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())));
    }

    @AfterAll
    static void close() {
        firstDesk.close();
        secondDesk.close();
    }

    private static S3SessionReviews reviews(AwsClients clients) {
        return new S3SessionReviews(clients, S3TestConnection.settings(S3_MOCK.getHttpPort()));
    }

    private static String id(int n) {
        return String.format("5e000000-0000-4000-8000-%012d", n);
    }

    private static Review review(int n, String reviewer, ReviewLabel label, int second) {
        return new Review(id(n), label, Set.of(QualityFlag.TOO_DARK), Optional.of("glare on the left"), reviewer,
                START.plusSeconds(second), ReviewRound.FIRST);
    }

    /**
     * Desk ben appends between desk ana's read and her write: ana's PUT carries the ETag she read, S3Mock answers 412,
     * and she reads again and appends to what is there now. (S3 decides a conditional write atomically; S3Mock 4.12.4
     * honours If-Match and If-None-Match but checks and writes in two steps, so the collision is staged, not raced.)
     */
    @Test
    void aDeskThatLosesTheRaceReadsAgainAndBothReviewsAreKept() throws Exception {
        seeder.bucket("reviews-race");
        RecordPlace place = new RecordPlace("reviews-race", "qa/");
        reviews(firstDesk).append(place, id(1), List.of(review(1, "cleo", ReviewLabel.LIVE, 0)));
        Review ana = review(1, "ana", ReviewLabel.LIVE, 1);
        Review ben = review(1, "ben", ReviewLabel.MASK, 2);
        int[] attempts = {0};

        ConditionalRecordWrite.update(firstDesk.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())),
                S3TestConnection.settings(S3_MOCK.getHttpPort()), "reviews-race",
                "qa/" + id(1) + "/liveness-desk-record.json", current -> {
                    if (attempts[0]++ == 0) {
                        reviews(secondDesk).append(place, id(1), List.of(ben));
                    }
                    return ReviewJson.appended(current.orElseThrow(), id(1), List.of(ana));
                });

        assertThat(attempts[0]).as("the first write was refused and made again").isEqualTo(2);
        assertThat(reviews(firstDesk).readAll("reviews-race", "qa/").reviews()).extracting(Review::reviewer)
                .containsExactlyInAnyOrder("cleo", "ana", "ben");
    }

    @Test
    void twoDesksCreatingOneSessionsRecordAtOnceBothKeepTheirReviews() throws Exception {
        seeder.bucket("reviews-create");
        RecordPlace place = new RecordPlace("reviews-create", "");
        Review ana = review(6, "ana", ReviewLabel.LIVE, 1);
        Review ben = review(6, "ben", ReviewLabel.LIVE, 2);
        int[] attempts = {0};

        ConditionalRecordWrite.update(firstDesk.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())),
                S3TestConnection.settings(S3_MOCK.getHttpPort()), "reviews-create",
                id(6) + "/liveness-desk-record.json", current -> {
                    if (attempts[0]++ == 0) {
                        assertThat(current).isEmpty();
                        reviews(secondDesk).append(place, id(6), List.of(ben));
                        return ReviewJson.appended(new ObjectMapper().createObjectNode(), id(6), List.of(ana));
                    }
                    return ReviewJson.appended(current.orElseThrow(), id(6), List.of(ana));
                });

        assertThat(attempts[0]).isEqualTo(2);
        assertThat(reviews(firstDesk).readAll("reviews-create", "").reviews()).containsExactlyInAnyOrder(ana, ben);
    }

    @Test
    void theSameReviewWrittenTwiceIsKeptOnceAndReadsBackWhole() throws Exception {
        seeder.bucket("reviews-twice");
        RecordPlace place = new RecordPlace("reviews-twice", "");
        Review given = review(2, "ana", ReviewLabel.SCREEN_REPLAY, 5);
        reviews(firstDesk).append(place, id(2), List.of(given));
        reviews(secondDesk).append(place, id(2), List.of(given));

        assertThat(reviews(secondDesk).readAll("reviews-twice", "").reviews()).containsExactly(given);
        JsonNode stored = stored("reviews-twice", id(2) + "/liveness-desk-record.json");
        assertThat(stored.get("session_id").asText()).isEqualTo(id(2));
        assertThat(stored.get("reviews").get(0).toString()).isEqualTo("{\"label\":\"screen-replay\","
                + "\"flags\":[\"too-dark\"],\"note\":\"glare on the left\",\"reviewer\":\"ana\","
                + "\"at\":\"2026-12-01T09:00:05Z\",\"round\":\"first\"}");
    }

    @Test
    void aCampaignRecordKeepsItsReviewsWhenTheCampaignRewritesItAndItsReaderSkipsReviewOnlyRecords()
            throws Exception {
        seeder.bucket("reviews-campaign");
        CampaignSession session = CampaignSession.created(id(3), START, "us-east-1", "Lobby", "bona fide", "ana");
        S3SessionRecords records = new S3SessionRecords(firstDesk, S3TestConnection.settings(S3_MOCK.getHttpPort()));
        records.write("reviews-campaign", "qa/", SessionRecord.of(session, Expectation.BONA_FIDE));
        // Read by the campaign desk before the review came.
        SessionRecord before = records.read("reviews-campaign", "qa/", id(3)).orElseThrow();
        reviews(secondDesk).append(new RecordPlace("reviews-campaign", "qa/"), id(3),
                List.of(review(3, "ben", ReviewLabel.MASK, 1)));
        reviews(secondDesk).append(new RecordPlace("reviews-campaign", "qa/"), id(4),
                List.of(review(4, "ben", ReviewLabel.LIVE, 1)));

        records.write("reviews-campaign", "qa/", before.with(session.withResult("SUCCEEDED", Optional.of(91f),
                List.of())));

        assertThat(reviews(firstDesk).readAll("reviews-campaign", "qa/").reviews())
                .extracting(Review::sessionId, Review::label)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(id(3), ReviewLabel.MASK),
                        org.assertj.core.groups.Tuple.tuple(id(4), ReviewLabel.LIVE));
        RecordScan scan = records.readAll("reviews-campaign", "qa/");
        assertThat(scan.records()).extracting(r -> r.session().confidence()).containsExactly(Optional.of(91f));
        assertThat(scan.unreadable()).as("a record holding only reviews is not damaged").isEmpty();
    }

    @Test
    void hostileReviewsAreCountedLeftOutAndLeftInTheRecord() throws Exception {
        seeder.bucket("reviews-hostile");
        String key = "qa/" + id(5) + "/liveness-desk-record.json";
        String hostile = "{\"version\":1,\"session_id\":\"" + id(5) + "\",\"reviews\":["
                + "{\"label\":\"live\",\"reviewer\":\"mallory\\u202Eeb\",\"at\":\"2026-12-01T09:00:00Z\",\"round\":\"first\"},"
                + "{\"label\":\"<script>\",\"reviewer\":\"eve\",\"at\":\"2026-12-01T09:00:00Z\",\"round\":\"first\"},"
                + "{\"label\":\"mask\",\"reviewer\":\"eve\",\"note\":\"line\\nbreak\",\"at\":\"2026-12-01T09:00:00Z\",\"round\":\"first\"},"
                + "\"not an object\","
                + "{\"label\":\"live\",\"reviewer\":\"cleo\",\"at\":\"2026-12-01T09:00:00Z\",\"round\":\"first\"}]}";
        firstDesk.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).putObject(PutObjectRequest.builder()
                .bucket("reviews-hostile").key(key).build(), RequestBody.fromString(hostile, StandardCharsets.UTF_8));

        reviews(secondDesk).append(new RecordPlace("reviews-hostile", "qa/"), id(5),
                List.of(review(5, "ben", ReviewLabel.LIVE, 9)));

        SharedReviews.ReviewScan scan = reviews(firstDesk).readAll("reviews-hostile", "qa/");
        assertThat(scan.reviews()).extracting(Review::reviewer).containsExactly("cleo", "ben");
        assertThat(scan.refused()).isEqualTo(4);
        assertThat(stored("reviews-hostile", key).get("reviews")).hasSize(6);
    }

    private static JsonNode stored(String bucket, String key) throws Exception {
        return JSON.readTree(firstDesk.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(
                GetObjectRequest.builder().bucket(bucket).key(key).build(), ResponseTransformer.toBytes())
                .asByteArray());
    }
}
