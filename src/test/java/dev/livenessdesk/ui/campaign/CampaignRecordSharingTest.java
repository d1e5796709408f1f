package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions the form creates in a campaign, shared through their bucket: the question is asked once per bucket
 * and remembered in the preferences file, the record lands next to the images in S3Mock (the real SDK through
 * AwsBackend) and is written again with the final result; a refusal writes nothing, a failed write says so and
 * keeps the local tag.
 */
class CampaignRecordSharingTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static TeamBucketS3 s3;

    @TempDir
    Path home;

    private final SandboxBackend sandbox = new SandboxBackend();
    private final ConnectionSettings connection = ConnectionSettings.of(null, "us-east-1");
    private final InMemoryCampaignStore store = new InMemoryCampaignStore();
    private final ManualDelayer delayer = new ManualDelayer();
    private final List<String> questions = new ArrayList<>();
    private final List<CreatedSession> created = new ArrayList<>();
    private boolean answer = true;
    private String bucket;
    private String formBucket;
    private CampaignViewModel model;

    @BeforeAll
    static void s3() {
        s3 = new TeamBucketS3(S3_MOCK.getHttpPort());
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @BeforeEach
    void setUp() {
        bucket = s3.newBucket("team-share");
        formBucket = bucket;
        model = desk(new JsonPreferencesStore(home.resolve("preferences.json")));
    }

    /** One desk: the sandbox creates and plays the sessions, S3 (records) is S3Mock through the real adapter. */
    private CampaignViewModel desk(JsonPreferencesStore preferences) {
        return desk(preferences, new SynchronousTaskRunner());
    }

    private CampaignViewModel desk(JsonPreferencesStore preferences, TaskRunner sharingTasks) {
        CampaignViewModel desk = new CampaignViewModel(new SynchronousTaskRunner(), delayer, store,
                sandbox::livenessSessions, () -> connection, "ana", Clock.systemUTC());
        desk.setRecordSharing(new RecordSharing(sharingTasks, s3::records, new SharingConsent(sharingTasks,
                preferences, asked -> {
                    questions.add(asked);
                    return answer;
                }), store, () -> connection));
        desk.setSessionCreator(() -> {
            try {
                CreatedSession made = sandbox.livenessSessions(connection).create(settings(formBucket));
                created.add(made);
                desk.sessionCreated(connection, made);
                return true;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        desk.newCampaignNameProperty().set("Lobby light");
        desk.createCampaign();
        desk.newScenarioNameProperty().set("Printed A4");
        desk.newScenarioExpectationProperty().set(Expectation.attack(AttackSpecies.PRINTED_PHOTO));
        desk.addScenario();
        return desk;
    }

    @Test
    void theQuestionIsAskedOncePerBucketAndTheRecordLandsBesideTheImages() throws Exception {
        model.next();
        model.next();

        assertThat(questions).containsExactly(bucket);
        JsonNode first = record(bucket, created.get(0));
        assertThat(first.get("campaign").asText()).isEqualTo("Lobby light");
        assertThat(first.get("scenario").asText()).isEqualTo("Printed A4");
        assertThat(first.get("expect").asText()).isEqualTo(Expectation.attack(AttackSpecies.PRINTED_PHOTO).wireName());
        assertThat(first.get("tester").asText()).isEqualTo("ana");
        assertThat(first.get("status").asText()).isEqualTo("CREATED");
        assertThat(record(bucket, created.get(1)).get("session_id").asText()).isEqualTo(created.get(1).sessionId());

        String other = s3.newBucket("team-share-other");
        formBucket = other;
        model.next();
        assertThat(questions).as("a new bucket is a new question").containsExactly(bucket, other);

        // The next start of the app reads the answers from the file and asks nothing.
        CampaignViewModel nextStart = desk(new JsonPreferencesStore(home.resolve("preferences.json")));
        formBucket = bucket;
        nextStart.next();
        assertThat(questions).containsExactly(bucket, other);
        assertThat(record(bucket, created.get(3)).get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void theFinalResultIsWrittenAgain() throws Exception {
        model.next();
        sandbox.simulator().simulateCompletedCheck(created.get(0).sessionId(), false);
        delayer.elapseNext();

        assertThat(model.sessions().get(0).rawStatus()).isEqualTo("SUCCEEDED");
        JsonNode shared = record(bucket, created.get(0));
        assertThat(shared.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(shared.get("confidence").floatValue())
                .isEqualTo(model.sessions().get(0).confidence().orElseThrow());
    }

    @Test
    void aResultThatArrivesWhileTheFirstWriteIsOnItsWayIsWrittenAfterIt() throws Exception {
        DeferredTaskRunner slowS3 = new DeferredTaskRunner();
        CampaignViewModel slowDesk = desk(new JsonPreferencesStore(home.resolve("slow.json")), slowS3);
        slowDesk.next();
        sandbox.simulator().simulateCompletedCheck(created.get(0).sessionId(), true);
        delayer.elapseNext();

        assertThat(slowDesk.sessions().get(0).rawStatus()).isEqualTo("SUCCEEDED");
        assertThat(slowS3.pendingCount()).as("the answer's file write and the first record write, not a second "
                + "write racing the first").isEqualTo(2);
        slowS3.runAll();
        assertThat(record(bucket, created.get(0)).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void anExclusionWithItsNoteReachesTheRecord() throws Exception {
        model.next();
        model.setExcluded(model.sessions().get(0), true, "tester looked away");

        JsonNode shared = record(bucket, created.get(0));
        assertThat(shared.get("excluded").asBoolean()).isTrue();
        assertThat(shared.get("note").asText()).isEqualTo("tester looked away");
    }

    @Test
    void aRefusalWritesNothingAndIsNotAskedAgain() {
        answer = false;
        model.next();
        model.next();

        assertThat(questions).containsExactly(bucket);
        assertThat(s3.keys(bucket)).isEmpty();
        assertThat(new JsonPreferencesStore(home.resolve("preferences.json")).current().recordSharingIn(bucket))
                .contains(false);
        assertThat(store.sessionsOf("Lobby light")).hasSize(2);
    }

    @Test
    void aFailedWriteSaysSoInWordsAndKeepsTheLocalTag() {
        formBucket = "no-such-" + bucket;
        model.next();

        assertThat(model.messageProperty().get())
                .startsWith("Could not write the record of session " + CampaignText.shortId(
                        created.get(0).sessionId()) + " to s3://" + formBucket + ": ")
                .endsWith("The session stays tagged on this computer.")
                .doesNotContain("Exception");
        assertThat(store.sessionsOf("Lobby light")).extracting(CampaignSession::sessionId)
                .containsExactly(created.get(0).sessionId());
    }

    @Test
    void aSessionWithoutABucketIsNeitherAskedAboutNorShared() {
        formBucket = null;
        model.next();

        assertThat(questions).isEmpty();
        assertThat(model.sessions()).hasSize(1);
    }

    private JsonNode record(String inBucket, CreatedSession session) throws Exception {
        return s3.json(inBucket, "qa/" + session.sessionId() + "/" + SessionRecords.FILE_NAME);
    }

    private static SessionSettings settings(String bucket) {
        return new SessionSettings("us-east-1", Optional.ofNullable(bucket), bucket == null ? "" : "qa/", 0,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
