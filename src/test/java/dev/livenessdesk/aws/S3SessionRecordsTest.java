package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.testsupport.s3.CountingS3Proxy;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * The team records against S3Mock: written beside the images, read back whole, by another desk's store too; a
 * newer desk's record keeps what this one does not know; a bucket without records reads as none.
 */
class S3SessionRecordsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AwsClients firstDeskClients;
    private static AwsClients secondDeskClients;
    private static S3Seeder seeder;

    @BeforeAll
    static void clients() {
        firstDeskClients = S3TestConnection.clients();
        secondDeskClients = S3TestConnection.clients();
        seeder = new S3Seeder(firstDeskClients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())));
    }

    @AfterAll
    static void close() {
        firstDeskClients.close();
        secondDeskClients.close();
    }

    private static S3SessionRecords desk(AwsClients clients) {
        return new S3SessionRecords(clients, S3TestConnection.settings(S3_MOCK.getHttpPort()));
    }

    private static String id(int n) {
        return String.format("5e000000-0000-4000-8000-%012d", n);
    }

    private static CampaignSession session(int n, String scenario) {
        return CampaignSession.created(id(n), START.plusSeconds(n), "us-east-1", "Lobby light", scenario, "ana");
    }

    @Test
    void aRecordRoundTripsAndIsReadByAnotherDesk() throws Exception {
        seeder.bucket("records-round-trip");
        CampaignSession scored = session(1, "printed photo").withResult("SUCCEEDED", Optional.of(12.5f),
                List.of("FACE_TOO_FAR")).withExcluded(true, "tester looked away");
        desk(firstDeskClients).write("records-round-trip", "qa/", SessionRecord.of(scored,
                Expectation.attack(AttackSpecies.PRINTED_PHOTO)));
        desk(firstDeskClients).write("records-round-trip", "qa/", SessionRecord.of(session(2, "bona fide"),
                Expectation.BONA_FIDE));

        RecordScan scan = desk(secondDeskClients).readAll("records-round-trip", "qa/");

        assertThat(scan.unreadable()).isEmpty();
        assertThat(scan.records()).extracting(r -> r.session().sessionId()).containsExactly(id(1), id(2));
        SessionRecord first = scan.records().get(0);
        assertThat(first.session()).isEqualTo(scored);
        assertThat(first.expectation()).isEqualTo(Expectation.attack(AttackSpecies.PRINTED_PHOTO));
        assertThat(first.version()).isEqualTo(SessionRecord.CURRENT_VERSION);
        assertThat(first.unknownFields()).isEmpty();
        String stored = object("records-round-trip", "qa/" + id(1) + "/" + SessionRecords.FILE_NAME);
        assertThat(JSON.readTree(stored)).isEqualTo(JSON.readTree("""
                {"version":1,"session_id":"%s","campaign":"Lobby light","scenario":"printed photo",
                 "expect":"attack:printed-photo","created_at":"2026-12-01T09:00:01Z","tester":"ana",
                 "region":"us-east-1","status":"SUCCEEDED","confidence":12.5,"feedback_codes":["FACE_TOO_FAR"],
                 "excluded":true,"note":"tester looked away"}""".formatted(id(1))));
    }

    @Test
    void aRecordFromANewerVersionKeepsWhatThisOneDoesNotKnow() throws Exception {
        seeder.bucket("records-newer");
        String key = "qa/" + id(3) + "/" + SessionRecords.FILE_NAME;
        seeder.putText("records-newer", key, """
                {"version":4,"session_id":"%s","campaign":"Lobby light","scenario":"replay","expect":"attack:screen-replay",
                 "created_at":"2026-12-01T09:00:03Z","tester":"bo","region":"eu-west-1","status":"IN_PROGRESS",
                 "feedback_codes":[],"excluded":false,"device":{"model":"Pixel 9","os":"Android 16"},
                 "tags":["night"]}""".formatted(id(3)));
        SessionRecords records = desk(firstDeskClients);

        SessionRecord read = records.readAll("records-newer", "qa/").records().get(0);
        records.write("records-newer", "qa/", read.with(read.session().withResult("SUCCEEDED",
                Optional.of(3.5f), List.of())));

        assertThat(read.version()).isEqualTo(4);
        assertThat(JSON.readTree(object("records-newer", key))).isEqualTo(JSON.readTree("""
                {"version":4,"session_id":"%s","campaign":"Lobby light","scenario":"replay",
                 "expect":"attack:screen-replay","created_at":"2026-12-01T09:00:03Z","tester":"bo",
                 "region":"eu-west-1","status":"SUCCEEDED","confidence":3.5,"feedback_codes":[],"excluded":false,
                 "device":{"model":"Pixel 9","os":"Android 16"},"tags":["night"]}""".formatted(id(3))));
    }

    @Test
    void aBucketWithoutRecordsReadsAsNoneAndDamagedRecordsAreNamed() throws Exception {
        seeder.bucket("records-none");
        seeder.putJpeg("records-none", "qa/" + id(4) + "/reference.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
        seeder.putText("records-none", "qa/notes.txt", "not a session");

        RecordScan none = desk(firstDeskClients).readAll("records-none", "qa/");
        assertThat(none.records()).isEmpty();
        assertThat(none.unreadable()).isEmpty();
        assertThat(none.calls()).isEqualTo(1);

        String damaged = "qa/" + id(5) + "/" + SessionRecords.FILE_NAME;
        String elsewhere = "qa/" + id(6) + "/" + SessionRecords.FILE_NAME;
        seeder.putText("records-none", damaged, "{\"version\":1,\"session_");
        // A record copied into another session's folder is not that session's record.
        seeder.putText("records-none", elsewhere, new String(SessionRecordJson.write(SessionRecord.of(
                session(7, "bona fide"), Expectation.BONA_FIDE)), StandardCharsets.UTF_8));
        RecordScan scan = desk(firstDeskClients).readAll("records-none", "qa/");
        assertThat(scan.records()).isEmpty();
        assertThat(scan.unreadable()).containsExactly(damaged, elsewhere);
    }

    @Test
    void theRecordIsNotShownAsAnImageAndManyAreReadInParallelWithOneGetEach() throws Exception {
        seeder.bucket("records-many");
        for (int n = 10; n < 40; n++) {
            seeder.putJpeg("records-many", "qa/" + id(n) + "/reference.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
            desk(firstDeskClients).write("records-many", "qa/", SessionRecord.of(session(n, "bona fide"),
                    Expectation.BONA_FIDE));
        }
        assertThat(new S3ImageStore(firstDeskClients, S3TestConnection.settings(S3_MOCK.getHttpPort()))
                .imagesOf("records-many", "qa/", id(10))).extracting(image -> image.location().key())
                .containsExactly("qa/" + id(10) + "/reference.jpg");

        try (CountingS3Proxy proxy = CountingS3Proxy.inFrontOf(S3_MOCK.getHttpPort())) {
            RecordScan scan = new S3SessionRecords(secondDeskClients, S3TestConnection.settings(proxy.port()))
                    .readAll("records-many", "qa/");
            assertThat(scan.records()).hasSize(30);
            assertThat(proxy.listObjectsV2Calls()).isEqualTo(1);
            assertThat(proxy.requests()).hasSize(31);
            assertThat(scan.calls()).isEqualTo(31);
        }
    }

    @Test
    void eachRecordIsFoundWithItsOwnPlaceAndOneRecordIsReadBackAsStored() throws Exception {
        seeder.bucket("records-places");
        SessionRecords records = desk(firstDeskClients);
        records.write("records-places", "qa/2026-12/", SessionRecord.of(session(8, "bona fide"),
                Expectation.BONA_FIDE));
        records.write("records-places", "", SessionRecord.of(session(9, "bona fide"), Expectation.BONA_FIDE));
        // Not where this desk writes: an id in capitals (a rewrite at the lowercase key would be a second record).
        seeder.putText("records-places", "qa/" + id(10).toUpperCase(java.util.Locale.ROOT) + "/"
                + SessionRecords.FILE_NAME, new String(SessionRecordJson.write(SessionRecord.of(session(10, "x"),
                Expectation.BONA_FIDE)), StandardCharsets.UTF_8));

        RecordScan scan = records.readAll("records-places", "");

        assertThat(scan.records()).extracting(r -> r.session().sessionId()).containsExactly(id(8), id(9), id(10));
        assertThat(scan.placeOf(id(8))).hasValue(new RecordPlace("records-places", "qa/2026-12/"));
        assertThat(scan.placeOf(id(9))).hasValue(new RecordPlace("records-places", ""));
        assertThat(scan.placeOf(id(10))).isEmpty();

        String key = "qa/" + id(11) + "/" + SessionRecords.FILE_NAME;
        seeder.putText("records-places", key, """
                {"version":1,"session_id":"%s","campaign":"Lobby light","scenario":"replay","expect":"attack:screen-replay",
                 "created_at":"2026-12-01T09:00:11Z","tester":"bo","status":"SUCCEEDED","lab":"north"}"""
                .formatted(id(11)));
        Optional<SessionRecord> stored = records.read("records-places", "qa/", id(11));
        assertThat(stored).hasValueSatisfying(r -> {
            assertThat(r.session().tester()).isEqualTo("bo");
            assertThat(r.unknownFields()).hasValue("{\"lab\":\"north\"}");
        });
        assertThat(records.read("records-places", "qa/", id(12))).as("no record yet").isEmpty();
        assertThat(records.read("records-places", "qa/", id(8))).as("it is deeper").isEmpty();
    }

    @Test
    void oversizedHostileAndMadeUpRegionRecordsAreCountedAndNamedAndTheRestIsRead() throws Exception {
        seeder.bucket("records-hostile");
        SessionRecords records = desk(firstDeskClients);
        records.write("records-hostile", "qa/", SessionRecord.of(session(20, "bona fide"), Expectation.BONA_FIDE));
        String good = new String(SessionRecordJson.write(SessionRecord.of(session(21, "bona fide"),
                Expectation.BONA_FIDE)), StandardCharsets.UTF_8);
        String oversized = "qa/" + id(21) + "/" + SessionRecords.FILE_NAME;
        // A valid record padded past the 64 KB cap (65 KB): not a record, whatever it holds.
        seeder.putText("records-hostile", oversized, good.replace("\"tester\"", "\"pad\":\""
                + "x".repeat(65 * 1024) + "\",\"tester\""));
        String large = "qa/" + id(22) + "/" + SessionRecords.FILE_NAME;
        seeder.put("records-hostile", large, new byte[3 * 1024 * 1024], "application/json");
        String nested = "qa/" + id(23) + "/" + SessionRecords.FILE_NAME;
        seeder.putText("records-hostile", nested, "[".repeat(20_000));
        String madeUp = "qa/" + id(24) + "/" + SessionRecords.FILE_NAME;
        seeder.putText("records-hostile", madeUp, new String(SessionRecordJson.write(SessionRecord.of(
                CampaignSession.created(id(24), START, "xx-fake-1", "Lobby light", "bona fide", "ana"),
                Expectation.BONA_FIDE)), StandardCharsets.UTF_8));
        String bom = "qa/" + id(25) + "/" + SessionRecords.FILE_NAME;
        seeder.put("records-hostile", bom, ("\uFEFF" + new String(SessionRecordJson.write(SessionRecord.of(
                session(25, "bona fide"), Expectation.BONA_FIDE)), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8), "application/json");

        RecordScan scan = records.readAll("records-hostile", "qa/");

        assertThat(scan.records()).extracting(r -> r.session().sessionId()).containsExactly(id(20), id(25));
        assertThat(scan.unreadable()).containsExactly(oversized, large, nested, madeUp);
        assertThat(records.read("records-hostile", "qa/", id(25))).as("a byte order mark is no damage")
                .hasValueSatisfying(r -> assertThat(r.session().tester()).isEqualTo("ana"));
    }

    @Test
    void aRegionIsTakenWhenItIsOneTheSdkKnowsOrFitsItsPartitionsPattern() {
        assertThat(RegionIds.isPlausible("us-east-1")).isTrue();
        assertThat(RegionIds.isPlausible("ap-southeast-7")).isTrue();
        assertThat(RegionIds.isPlausible("us-gov-west-1")).isTrue();
        assertThat(RegionIds.isPlausible("cn-north-1")).isTrue();
        assertThat(RegionIds.isPlausible("eu-future-9")).as("a region AWS may open later").isTrue();
        assertThat(RegionIds.isPlausible("xx-fake-1")).isFalse();
        assertThat(RegionIds.isPlausible("us-east-1\u0001")).isFalse();
        assertThat(RegionIds.isPlausible("http://127.0.0.1")).isFalse();
        assertThat(RegionIds.isPlausible("")).isFalse();
    }

    private static String object(String bucket, String key) {
        return firstDeskClients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(
                GetObjectRequest.builder().bucket(bucket).key(key).build(), ResponseTransformer.toBytes())
                .asUtf8String();
    }
}
