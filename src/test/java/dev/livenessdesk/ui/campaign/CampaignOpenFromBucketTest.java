package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Open from bucket" on a desk that did not run the sessions: another desk's records in S3Mock (written through the
 * real AwsBackend), this desk's own campaign in a real SQLite file. The campaign, its scenarios and every session
 * (with the other tester) appear, merged with this computer's, and are still there after a restart; damaged
 * records are counted, the sandbox and a missing bucket say why in words.
 */
class CampaignOpenFromBucketTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final Expectation PRINTED = Expectation.attack(AttackSpecies.PRINTED_PHOTO);
    private static TeamBucketS3 s3;

    @TempDir
    Path home;

    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private final SandboxBackend sandbox = new SandboxBackend();
    private LocalDatabase database;
    private SqliteCampaignStore store;
    private String bucket;
    private S3Seeder seeder;

    @BeforeAll
    static void s3() {
        s3 = new TeamBucketS3(S3_MOCK.getHttpPort());
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        bucket = s3.newBucket("team-open");
        seeder = s3.seeder();
        database = LocalDatabase.open(home.resolve("data"), Clock.systemUTC());
        store = new SqliteCampaignStore(database);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        database.close();
    }

    private CampaignViewModel desk() {
        return new CampaignViewModel(new SynchronousTaskRunner(), new ManualDelayer(), store,
                sandbox::livenessSessions, () -> connection, "ana", Clock.systemUTC());
    }

    private BucketCampaigns opener(CampaignViewModel desk) {
        return new BucketCampaigns(desk, new SynchronousTaskRunner(), store, s3::records, () -> connection);
    }

    /** Another desk ("bea") shares a session of the campaign in the bucket. */
    private CampaignSession shared(String campaign, String scenario, Expectation expectation, int minute,
                                   boolean succeeded) throws Exception {
        CampaignSession session = CampaignSession.created(UUID.randomUUID().toString(), START.plusSeconds(60L * minute),
                "us-east-1", campaign, scenario, "bea");
        if (succeeded) {
            session = session.withResult("SUCCEEDED", Optional.of(97.5f), List.of());
        }
        s3.records(connection).orElseThrow().write(bucket, "qa/", SessionRecord.of(session, expectation));
        return session;
    }

    private String damaged() {
        String key = "qa/" + UUID.randomUUID() + "/" + SessionRecords.FILE_NAME;
        seeder.putText(bucket, key, "{\"version\":1,\"sess");
        return key;
    }

    @Test
    void theTeamsCampaignAppearsWithEverySessionMergedWithThisComputersAndSurvivesARestart() throws Exception {
        // This desk already has the campaign, one scenario and one session of its own.
        store.save(Campaign.started("Lobby light", START.minusSeconds(600)).withScenario(new Scenario("Printed A4",
                PRINTED)));
        CampaignSession mine = CampaignSession.created(UUID.randomUUID().toString(), START.plusSeconds(30),
                "us-east-1", "Lobby light", "Printed A4", "ana").withResult("FAILED", Optional.empty(), List.of());
        store.save(mine);
        CampaignSession daylight = shared("Lobby light", "Bona fide daylight", Expectation.BONA_FIDE, 1, true);
        CampaignSession printed = shared("Lobby light", "Printed A4", PRINTED, 2, true);
        CampaignSession masks = shared("Masks", "Silicone", Expectation.attack(AttackSpecies.MASK), 3, false);
        String first = damaged();
        String second = damaged();

        CampaignViewModel desk = desk();
        desk.load();
        BucketCampaigns opener = opener(desk);
        opener.bucketProperty().set(bucket);
        opener.prefixProperty().set("qa/");
        assertThat(opener.open()).isTrue();

        assertThat(opener.statusProperty().get()).isEqualTo("Opened 2 campaigns: \u2018Lobby light\u2019, "
                + "\u2018Masks\u2019 with 4 sessions from s3://" + bucket + "/qa/; they are kept on this computer. "
                + "2 records could not be read and are left out: " + String.join(", ",
                java.util.stream.Stream.of(first, second).sorted().toList()) + ".");
        assertThat(desk.campaigns()).extracting(Campaign::name).containsExactlyInAnyOrder("Lobby light", "Masks");
        assertThat(desk.campaignProperty().get().name()).isEqualTo("Lobby light");
        assertThat(desk.scenarios()).extracting(Scenario::name)
                .containsExactlyInAnyOrder("Bona fide daylight", "Printed A4");
        assertThat(desk.sessions()).extracting(CampaignSession::sessionId)
                .containsExactly(mine.sessionId(), daylight.sessionId(), printed.sessionId());
        assertThat(desk.sessions()).extracting(CampaignSession::tester).containsExactly("ana", "bea", "bea");
        assertThat(desk.metrics().summaryProperty().get()).isNotBlank();

        desk.campaignProperty().set(desk.campaigns().stream().filter(c -> c.name().equals("Masks")).findFirst()
                .orElseThrow());
        assertThat(desk.sessions()).extracting(CampaignSession::sessionId).containsExactly(masks.sessionId());
        assertThat(desk.sessions().get(0).tester()).isEqualTo("bea");

        // The next start of the app reads them from this computer's store, without the bucket.
        database.close();
        database = LocalDatabase.open(home.resolve("data"), Clock.systemUTC());
        store = new SqliteCampaignStore(database);
        CampaignViewModel nextStart = desk();
        nextStart.load();
        nextStart.campaignProperty().set(nextStart.campaigns().stream().filter(c -> c.name().equals("Lobby light"))
                .findFirst().orElseThrow());
        assertThat(nextStart.scenarios()).extracting(Scenario::name)
                .containsExactlyInAnyOrder("Bona fide daylight", "Printed A4");
        assertThat(nextStart.sessions()).extracting(CampaignSession::tester).containsExactly("ana", "bea", "bea");
        assertThat(nextStart.sessions().get(1).rawStatus()).isEqualTo("SUCCEEDED");
    }

    @Test
    void oneOversizedRecordIsNamedEscapedAndTheShownCampaignIsReadAgain() throws Exception {
        CampaignViewModel desk = desk();
        desk.newCampaignNameProperty().set("Lobby light");
        desk.createCampaign();
        assertThat(desk.sessions()).isEmpty();
        shared("lobby LIGHT", "Printed A4", PRINTED, 1, false);
        // A teammate's object over the size cap, in a folder whose name holds a bidi override.
        String folder = "qa/\u202Eevil/" + UUID.randomUUID() + "/";
        seeder.put(bucket, folder + SessionRecords.FILE_NAME, new byte[100 * 1024], "application/json");

        BucketCampaigns opener = opener(desk);
        opener.suggest(bucket, "qa/");
        opener.open();

        assertThat(opener.statusProperty().get()).endsWith(
                "with 1 session from s3://" + bucket + "/qa/; they are kept on this computer. "
                        + "1 record could not be read and is left out: qa/[U+202E]evil/"
                        + folder.substring("qa/\u202Eevil/".length()) + SessionRecords.FILE_NAME + ".");
        assertThat(desk.sessions()).extracting(CampaignSession::tester).containsExactly("bea");
        assertThat(desk.scenarios()).extracting(Scenario::name).containsExactly("Printed A4");
    }

    @Test
    void aBucketWithoutRecordsAMissingBucketAndAnEmptyFieldSaySo() {
        CampaignViewModel desk = desk();
        BucketCampaigns opener = opener(desk);

        assertThat(opener.open()).isFalse();
        assertThat(opener.statusProperty().get()).isEqualTo("Type the bucket the records are in.");

        opener.bucketProperty().set(bucket);
        opener.open();
        assertThat(opener.statusProperty().get()).startsWith("No campaign records in s3://" + bucket + "/");
        assertThat(desk.campaigns()).isEmpty();

        opener.bucketProperty().set("no-such-bucket-" + bucket);
        opener.open();
        assertThat(opener.statusProperty().get()).startsWith("Could not read the records in s3://no-such-bucket-");
        assertThat(opener.readingProperty().get()).isFalse();
    }

    @Test
    void theSandboxHasNoRecords() {
        CampaignViewModel desk = desk();
        BucketCampaigns opener = new BucketCampaigns(desk, new SynchronousTaskRunner(), store,
                sandbox::sessionRecords, () -> connection);
        opener.bucketProperty().set("liveness-sandbox");

        assertThat(opener.open()).isFalse();
        assertThat(opener.statusProperty().get()).isEqualTo("Records are read from S3; the sandbox has none.");
    }
}
