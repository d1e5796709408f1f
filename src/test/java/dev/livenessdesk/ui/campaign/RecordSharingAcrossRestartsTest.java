package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session's team record follows the session whoever made it and whenever: after the app restarts (a new store and
 * a new view model on the same SQLite file), for a session the command line created, and for a teammate's session
 * opened from the bucket (rewritten where it was found, with the teammate's fields and tester, after the question).
 * A retag to a scenario of another kind writes the new kind. S3 is S3Mock through the real AwsBackend.
 */
class RecordSharingAcrossRestartsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Expectation PRINTED = Expectation.attack(AttackSpecies.PRINTED_PHOTO);
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static TeamBucketS3 s3;

    @TempDir
    Path home;

    private final SandboxBackend sandbox = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private final ManualDelayer delayer = new ManualDelayer();
    private final List<String> questions = new ArrayList<>();
    private final List<CreatedSession> created = new ArrayList<>();
    private boolean answer = true;
    private String bucket;
    private LocalDatabase database;
    private SqliteCampaignStore store;

    @BeforeAll
    static void s3() {
        s3 = new TeamBucketS3(S3_MOCK.getHttpPort());
    }

    @AfterAll
    static void closeS3() {
        s3.close();
    }

    @BeforeEach
    void setUp() throws Exception {
        bucket = s3.newBucket("team-reshare");
        database = LocalDatabase.open(home.resolve("data"), Clock.systemUTC());
        store = new SqliteCampaignStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The app starts: the store on the same file, the preferences from the same file, a new view model. */
    private CampaignViewModel start() {
        return start(new SynchronousTaskRunner());
    }

    private CampaignViewModel start(TaskRunner tasks) {
        CampaignViewModel desk = new CampaignViewModel(new SynchronousTaskRunner(), delayer, store,
                sandbox::livenessSessions, () -> connection, "ana", Clock.systemUTC());
        desk.setRecordSharing(new RecordSharing(tasks, s3::records, new SharingConsent(tasks,
                new JsonPreferencesStore(home.resolve("preferences.json")), asked -> {
                    questions.add(asked);
                    return answer;
                }), store, () -> connection));
        desk.setSessionCreator(() -> {
            try {
                CreatedSession made = sandbox.livenessSessions(connection).create(settings());
                created.add(made);
                desk.sessionCreated(connection, made);
                return true;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        desk.load();
        return desk;
    }

    private CampaignViewModel restart(CampaignViewModel before) throws Exception {
        before.dispose();
        database.close();
        database = LocalDatabase.open(home.resolve("data"), Clock.systemUTC());
        store = new SqliteCampaignStore(database);
        return start();
    }

    /** A campaign whose sessions are tagged bona fide, with a printed-photo scenario to retag them to. */
    private CampaignViewModel deskWithCampaign() {
        CampaignViewModel desk = start();
        desk.newCampaignNameProperty().set("Lobby light");
        desk.createCampaign();
        desk.newScenarioNameProperty().set("Printed A4");
        desk.newScenarioExpectationProperty().set(PRINTED);
        desk.addScenario();
        desk.newScenarioNameProperty().set("Bona fide daylight");
        desk.newScenarioExpectationProperty().set(Expectation.BONA_FIDE);
        desk.addScenario();
        return desk;
    }

    @Test
    void aRetagAfterARestartRewritesTheRecordWithTheNewScenariosKind() throws Exception {
        CampaignViewModel before = deskWithCampaign();
        before.next();
        String id = created.get(0).sessionId();
        assertThat(record("qa/", id).get("expect").asText()).isEqualTo("bona-fide");

        CampaignViewModel after = restart(before);
        assertThat(after.sessions()).extracting(CampaignSession::sessionId).containsExactly(id);
        after.retag(after.sessions().get(0), scenario(after, "Printed A4"), "it was a printed photo");

        JsonNode shared = record("qa/", id);
        assertThat(shared.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(shared.get("expect").asText()).isEqualTo(PRINTED.wireName());
        assertThat(shared.get("note").asText()).isEqualTo("it was a printed photo");
        assertThat(shared.get("tester").asText()).isEqualTo("ana");
        assertThat(questions).as("the answer from before the restart holds").containsExactly(bucket);
        assertThat(after.messageProperty().get()).doesNotStartWith("Could not");
    }

    @Test
    void anExclusionAndALateResultAfterARestartReachTheRecord() throws Exception {
        CampaignViewModel before = deskWithCampaign();
        before.next();
        String id = created.get(0).sessionId();

        CampaignViewModel after = restart(before);
        after.setExcluded(after.sessions().get(0), true, "tester looked away");
        sandbox.simulator().simulateCompletedCheck(id, false);
        delayer.elapseNext();

        assertThat(after.sessions().get(0).rawStatus()).isEqualTo("SUCCEEDED");
        JsonNode shared = record("qa/", id);
        assertThat(shared.get("excluded").asBoolean()).isTrue();
        assertThat(shared.get("note").asText()).isEqualTo("tester looked away");
        assertThat(shared.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(shared.get("confidence").floatValue()).isEqualTo(after.sessions().get(0).confidence().orElseThrow());
    }

    @Test
    void whatATeammatesDeskAddedAfterTheFirstWriteStaysOnTheNextRewrite() throws Exception {
        CampaignViewModel desk = deskWithCampaign();
        desk.next();
        String id = created.get(0).sessionId();
        String key = "qa/" + id + "/" + SessionRecords.FILE_NAME;
        // A newer desk reviews the session and adds what this version does not know.
        ObjectNode reviewed = (ObjectNode) object(key);
        reviewed.put("reviewed_by", "lead");
        s3.seeder().putText(bucket, key, reviewed.toString());

        desk.setExcluded(desk.sessions().get(0), true, "tester looked away");

        JsonNode shared = object(key);
        assertThat(shared.get("excluded").asBoolean()).isTrue();
        assertThat(shared.get("reviewed_by").asText()).isEqualTo("lead");
    }

    @Test
    void aRetagToAnotherKindInTheSameRunWritesTheNewKind() throws Exception {
        CampaignViewModel desk = deskWithCampaign();
        desk.next();
        String id = created.get(0).sessionId();

        desk.retag(desk.sessions().get(0), scenario(desk, "Printed A4"), null);

        assertThat(record("qa/", id).get("expect").asText()).isEqualTo(PRINTED.wireName());
        desk.retag(desk.sessions().get(0), scenario(desk, "Bona fide daylight"), null);
        assertThat(record("qa/", id).get("expect").asText()).isEqualTo("bona-fide");
    }

    @Test
    void aSessionTheCommandLineSharedIsRewrittenByTheApp() throws Exception {
        // What create --campaign --bucket leaves: the session and where its record went in the store, the record
        // in the bucket.
        store.save(Campaign.started("Lobby light", START).withScenario(new Scenario("Bona fide daylight",
                Expectation.BONA_FIDE)).withScenario(new Scenario("Printed A4", PRINTED)));
        CampaignSession fromCli = CampaignSession.created("c0000000-0000-4000-8000-000000000042", START, "us-east-1",
                "Lobby light", "Bona fide daylight", "ana");
        store.save(fromCli);
        store.keepRecordPlace(fromCli.sessionId(), new RecordPlace(bucket, "cli/"));
        s3.records(connection).orElseThrow().write(bucket, "cli/", SessionRecord.of(fromCli, Expectation.BONA_FIDE));

        CampaignViewModel desk = start();
        desk.retag(desk.sessions().get(0), scenario(desk, "Printed A4"), "printed after all");

        assertThat(questions).as("the command line's choice is not the app's: asked once").containsExactly(bucket);
        JsonNode shared = record("cli/", fromCli.sessionId());
        assertThat(shared.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(shared.get("expect").asText()).isEqualTo(PRINTED.wireName());
        assertThat(objectKeys()).containsExactly("cli/" + fromCli.sessionId() + "/" + SessionRecords.FILE_NAME);
    }

    @Test
    void aTeammatesSessionOpenedFromTheBucketIsRewrittenWhereItIsWithTheirFieldsAfterTheQuestion() throws Exception {
        String theirs = "b0000000-0000-4000-8000-000000000001";
        String theirKey = "qa/2026-12/" + theirs + "/" + SessionRecords.FILE_NAME;
        s3.seeder().putText(bucket, theirKey, teammatesRecord(theirs, "Bona fide daylight", "bona-fide"));
        String printedKey = "qa/b0000000-0000-4000-8000-000000000002/" + SessionRecords.FILE_NAME;
        s3.seeder().putText(bucket, printedKey, teammatesRecord("b0000000-0000-4000-8000-000000000002", "Printed A4",
                PRINTED.wireName()));
        CampaignViewModel desk = start();
        assertThat(openFromBucket(desk)).isTrue();
        assertThat(questions).as("opening only reads").isEmpty();

        CampaignSession session = desk.sessions().stream().filter(s -> s.sessionId().equals(theirs)).findFirst()
                .orElseThrow();
        desk.retag(session, scenario(desk, "Printed A4"), "a print on the stand");

        assertThat(questions).containsExactly(bucket);
        assertThat(objectKeys()).as("rewritten where it was found, no second record").containsExactlyInAnyOrder(
                theirKey, printedKey);
        JsonNode rewritten = object(theirKey);
        assertThat(rewritten.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(rewritten.get("expect").asText()).isEqualTo(PRINTED.wireName());
        assertThat(rewritten.get("note").asText()).isEqualTo("a print on the stand");
        assertThat(rewritten.get("tester").asText()).isEqualTo("bea");
        assertThat(rewritten.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(rewritten.get("lab").get("camera").asText()).isEqualTo("C920 on the left stand");
        assertThat(rewritten.get("reviewed_by").asText()).isEqualTo("lead");

        // After a restart the place comes from the store, and the teammate's fields are read back from the bucket.
        CampaignViewModel after = restart(desk);
        CampaignSession again = after.sessions().stream().filter(s -> s.sessionId().equals(theirs)).findFirst()
                .orElseThrow();
        after.setExcluded(again, true, "lights flickered");
        JsonNode excluded = object(theirKey);
        assertThat(excluded.get("excluded").asBoolean()).isTrue();
        assertThat(excluded.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(excluded.get("lab").get("camera").asText()).isEqualTo("C920 on the left stand");
        assertThat(excluded.get("tester").asText()).isEqualTo("bea");
        assertThat(questions).containsExactly(bucket);
    }

    @Test
    void noToTheQuestionLeavesTheTeammatesRecordAsItWasAndSaysSo() throws Exception {
        String theirs = "b0000000-0000-4000-8000-000000000003";
        String key = "qa/" + theirs + "/" + SessionRecords.FILE_NAME;
        String original = teammatesRecord(theirs, "Bona fide daylight", "bona-fide");
        s3.seeder().putText(bucket, key, original);
        store.save(Campaign.started("Lobby light", START).withScenario(new Scenario("Printed A4", PRINTED)));
        CampaignViewModel desk = start();
        openFromBucket(desk);
        answer = false;

        desk.retag(desk.sessions().get(0), scenario(desk, "Printed A4"), null);

        assertThat(questions).containsExactly(bucket);
        assertThat(object(key)).isEqualTo(JSON.readTree(original));
        assertThat(desk.messageProperty().get()).isEqualTo("The record of session b0000000 in s3://" + bucket
                + " keeps its earlier state: you chose not to write records there. The change stays on this"
                + " computer.");
        assertThat(store.sessionsOf("Lobby light")).singleElement()
                .satisfies(s -> assertThat(s.scenarioName()).isEqualTo("Printed A4"));
    }

    @Test
    void aResultForAnOpenedSessionAsksNothingWhereTheUserWasNeverAsked() throws Exception {
        CreatedSession inFlight = teammatesSessionInFlight();
        String key = "qa/" + inFlight.sessionId() + "/" + SessionRecords.FILE_NAME;
        CampaignViewModel desk = start();
        openFromBucket(desk);

        sandbox.simulator().simulateCompletedCheck(inFlight.sessionId(), false);
        delayer.elapseNext();

        assertThat(desk.sessions().get(0).rawStatus()).isEqualTo("SUCCEEDED");
        assertThat(questions).as("no dialog out of nowhere: nobody clicked anything").isEmpty();
        assertThat(object(key).get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void aRetagWhileAResultsLookupIsUnderWayIsAskedAboutAndWritten() throws Exception {
        CreatedSession inFlight = teammatesSessionInFlight();
        String key = "qa/" + inFlight.sessionId() + "/" + SessionRecords.FILE_NAME;
        store.save(Campaign.started("Lobby light", START).withScenario(new Scenario("Printed A4", PRINTED)));
        DeferredTaskRunner sharing = new DeferredTaskRunner();
        CampaignViewModel desk = start(sharing);
        openFromBucket(desk);

        sandbox.simulator().simulateCompletedCheck(inFlight.sessionId(), false);
        delayer.elapseNext();
        desk.retag(desk.sessions().get(0), scenario(desk, "Printed A4"), null);
        assertThat(questions).as("the place is still being looked up").isEmpty();
        sharing.runAll();
        sharing.runAll();

        assertThat(questions).containsExactly(bucket);
        JsonNode shared = object(key);
        assertThat(shared.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(shared.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    /** "Open from bucket" on the team's prefix, as the tab's row does it. */
    private boolean openFromBucket(CampaignViewModel desk) {
        BucketCampaigns opener = new BucketCampaigns(desk, new SynchronousTaskRunner(), store, s3::records,
                () -> connection);
        opener.bucketProperty().set(bucket);
        opener.prefixProperty().set("qa/");
        return opener.open();
    }

    /** A session a teammate ("bea") started and shared; the sandbox still waits for its check. */
    private CreatedSession teammatesSessionInFlight() throws Exception {
        CreatedSession inFlight = sandbox.livenessSessions(connection).create(settings());
        s3.records(connection).orElseThrow().write(bucket, "qa/", SessionRecord.of(CampaignSession.tagged(inFlight,
                "Lobby light", "Bona fide daylight", "bea"), Expectation.BONA_FIDE));
        return inFlight;
    }

    private static Scenario scenario(CampaignViewModel desk, String name) {
        return desk.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** A record as a teammate's (newer) desk wrote it: fields this version does not know, another tester. */
    private static String teammatesRecord(String id, String scenario, String expect) {
        return """
                {"version":1,"session_id":"%s","campaign":"Lobby light","scenario":"%s","expect":"%s",
                 "created_at":"2026-12-01T09:05:00Z","tester":"bea","region":"us-east-1","status":"SUCCEEDED",
                 "confidence":91.5,"feedback_codes":[],"excluded":false,
                 "lab":{"camera":"C920 on the left stand"},"reviewed_by":"lead"}""".formatted(id, scenario, expect);
    }

    private JsonNode record(String prefix, String sessionId) throws Exception {
        return object(prefix + sessionId + "/" + SessionRecords.FILE_NAME);
    }

    private JsonNode object(String key) throws Exception {
        return s3.json(bucket, key);
    }

    private List<String> objectKeys() {
        return s3.keys(bucket);
    }

    private SessionSettings settings() {
        return new SessionSettings("us-east-1", Optional.of(bucket), "qa/", 0, Optional.empty(),
                ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
