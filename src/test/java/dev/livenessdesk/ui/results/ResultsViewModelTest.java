package dev.livenessdesk.ui.results;

import static dev.livenessdesk.ui.results.ResultReplies.BUCKET;
import static dev.livenessdesk.ui.results.ResultReplies.s3Key;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxImageStore;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.core.session.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The results pane's state, driven by the real SDK client against the Rekognition stand-in; no robot, no sleep. */
class ResultsViewModelTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    @TempDir
    Path folder;

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private ManualDelayer delayer;
    private SqliteSessionHistory history;
    private SandboxImageStore images;
    private ResultsViewModel viewModel;
    private final List<HistoryEntry> historyChanges = new ArrayList<>();

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        delayer = new ManualDelayer();
        history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        images = new SandboxImageStore(Clock.systemUTC());
        viewModel = new ResultsViewModel(new SynchronousTaskRunner(), delayer, history,
                connection -> new RekognitionLivenessSessions(clients, connection), connection -> images);
        viewModel.setOnHistoryChanged(historyChanges::add);
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    private ConnectionSettings connection() {
        return standIn.connection();
    }

    private CreatedSession created(String bucket) {
        return new CreatedSession(ID, Instant.now(), new SessionSettings("us-east-1", Optional.ofNullable(bucket),
                bucket == null ? "" : "checks/", 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private int resultCalls() {
        return standIn.requests(RekognitionStandIn.GET_RESULTS).size();
    }

    @ParameterizedTest
    @CsvSource({
        "CREATED, Waiting for the user to start the check, true",
        "IN_PROGRESS, The user is doing the check right now, true",
        "SUCCEEDED, The check ran to the end, false",
        "FAILED, The check could not finish, false",
        "EXPIRED, has expired, false"})
    void eachStatusIsShownWithWhatItMeansAndPollingGoesOnOnlyUntilAFinalOne(String status, String meaning,
                                                                          boolean stillFollowing) {
        standIn.respondResults(ResultReplies.status(ID, status));

        viewModel.follow(connection(), ID);

        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo(status);
        assertThat(viewModel.statusProperty().get()).isEqualTo(SessionStatus.valueOf(status));
        assertThat(viewModel.shown().statusExplanationProperty().get()).contains(meaning);
        assertThat(viewModel.followingProperty().get()).isEqualTo(stillFollowing);
        assertThat(delayer.waitingCount()).isEqualTo(stillFollowing ? 1 : 0);
        assertThat(viewModel.pollingNoteProperty().get()).isEqualTo(stillFollowing
                ? "Checking again in 2 s." : "Final status: no more checks needed.");
        assertThat(standIn.lastRequest(RekognitionStandIn.GET_RESULTS).body().path("SessionId").asText())
                .isEqualTo(ID);
    }

    @Test
    void aSessionIsFollowedFromCreatedToSucceededWithBackoffAndItsS3ImagesShown() throws Exception {
        images.put(BUCKET, s3Key(ID, "reference.jpg"), ResultReplies.jpeg(0));
        images.put(BUCKET, s3Key(ID, "audit_1.jpg"), ResultReplies.jpeg(1));
        images.put(BUCKET, s3Key(ID, "audit_2.jpg"), ResultReplies.jpeg(2));
        standIn.respondResults(ResultReplies.status(ID, "CREATED"))
                .respondResults(ResultReplies.status(ID, "IN_PROGRESS"))
                .respondResults(ResultReplies.status(ID, "IN_PROGRESS"))
                .respondResults(ResultReplies.succeededInS3(ID, 98.25f, 2));

        viewModel.follow(connection(), created(BUCKET));
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("CREATED");
        assertThat(viewModel.shown().confidenceTextProperty().get()).isEmpty();
        assertThat(viewModel.verdict().verdictProperty().get()).isEqualTo(Verdict.NONE);
        delayer.elapseNext();
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("IN_PROGRESS");
        delayer.elapseNext();
        delayer.elapseNext();

        assertThat(delayer.requestedDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4500));
        assertThat(resultCalls()).isEqualTo(4);
        assertThat(viewModel.followingProperty().get()).isFalse();
        assertThat(delayer.waitingCount()).isZero();
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("SUCCEEDED");
        assertThat(viewModel.shown().confidenceTextProperty().get()).isEqualTo("98.25");
        assertThat(viewModel.verdict().verdictProperty().get()).isEqualTo(Verdict.PASS);
        assertThat(viewModel.verdict().verdictTextProperty().get()).isEqualTo("PASS: 98.25 is at or above the pass mark of 80");
        assertThat(viewModel.shown().challengeTextProperty().get())
                .isEqualTo("FaceMovementAndLightChallenge (version 2.0.0)");
        assertThat(viewModel.pictures().resultLocationsProperty().get()).containsExactly(
                new S3Location(BUCKET, s3Key(ID, "reference.jpg")),
                new S3Location(BUCKET, s3Key(ID, "audit_1.jpg")),
                new S3Location(BUCKET, s3Key(ID, "audit_2.jpg")));
        assertThat(viewModel.pictures().pictures()).extracting(ResultPicture::label)
                .containsExactly("Reference", "Audit 1", "Audit 2");
        assertThat(viewModel.pictures().pictures()).allSatisfy(picture -> {
            assertThat(picture.problem()).isEmpty();
            assertThat(picture.image().orElseThrow().getWidth()).isEqualTo(ResultReplies.JPEG_WIDTH);
        });
        ResultPicture reference = viewModel.pictures().referencePictureProperty().get();
        assertThat(reference.kind()).isEqualTo(ImageKind.REFERENCE);
        assertThat(reference.faceBox()).hasValueSatisfying(box -> {
            assertThat(box.left()).isEqualTo(0.375);
            assertThat(box.width()).isEqualTo(0.25);
        });
        assertThat(history.list()).singleElement().satisfies(entry -> {
            assertThat(entry.lastStatus()).isEqualTo("SUCCEEDED");
            assertThat(entry.confidence()).hasValue(98.25f);
            assertThat(entry.outputLocation()).isEqualTo(BUCKET + "/checks/");
        });
        assertThat(historyChanges).extracting(HistoryEntry::lastStatus)
                .containsExactly("CREATED", "IN_PROGRESS", "IN_PROGRESS", "SUCCEEDED");
    }

    @Test
    void bytesImagesAreDecodedAndShownWithNothingForTheViewer() {
        standIn.respondResults(ResultReplies.succeededWithBytes(ID, 55.5f, 1));

        viewModel.follow(connection(), ID);

        assertThat(viewModel.pictures().resultLocationsProperty().get()).isEmpty();
        assertThat(viewModel.pictures().pictures()).extracting(ResultPicture::label)
                .containsExactly("Reference", "Audit 1");
        assertThat(viewModel.pictures().pictures()).allSatisfy(picture ->
                assertThat(picture.image().orElseThrow().getHeight()).isEqualTo(ResultReplies.JPEG_HEIGHT));
        assertThat(viewModel.pictures().referencePictureProperty().get().faceBox()).isPresent();
        assertThat(viewModel.verdict().verdictTextProperty().get()).isEqualTo("FAIL: 55.5 is below the pass mark of 80");
    }

    @Test
    void anS3ImageThatCannotBeReadSaysWhyAndTheOthersStillShow() {
        images.put(BUCKET, s3Key(ID, "reference.jpg"), ResultReplies.jpeg(0));
        standIn.respondResults(ResultReplies.succeededInS3(ID, 90f, 1));

        viewModel.follow(connection(), ID);

        assertThat(viewModel.pictures().pictures()).hasSize(2);
        assertThat(viewModel.pictures().pictures().get(0).image()).isPresent();
        assertThat(viewModel.pictures().pictures().get(1).image()).isEmpty();
        assertThat(viewModel.pictures().pictures().get(1).problem()).hasValueSatisfying(
                problem -> assertThat(problem).isNotBlank());
        assertThat(viewModel.pictures().resultLocationsProperty().get()).hasSize(2);
    }

    @Test
    void movingThePassMarkTurnsTheVerdictWithoutAskingAgain() {
        standIn.respondResults(ResultReplies.succeededWithBytes(ID, 75f, 0));
        viewModel.follow(connection(), ID);
        assertThat(viewModel.verdict().verdictProperty().get()).isEqualTo(Verdict.FAIL);

        viewModel.verdict().passMarkProperty().set(70);

        assertThat(viewModel.verdict().verdictProperty().get()).isEqualTo(Verdict.PASS);
        assertThat(viewModel.verdict().verdictTextProperty().get()).isEqualTo("PASS: 75.0 is at or above the pass mark of 70");
        assertThat(resultCalls()).isEqualTo(1);
    }

    @Test
    void anUnknownStatusIsShownAsSentAndFollowingGoesOn() {
        standIn.respondResults(ResultReplies.status(ID, "UNDER_REVIEW"));

        viewModel.follow(connection(), ID);

        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("UNDER_REVIEW");
        assertThat(viewModel.statusProperty().get()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(viewModel.shown().statusExplanationProperty().get()).contains("does not know: UNDER_REVIEW");
        assertThat(viewModel.followingProperty().get()).isTrue();
    }

    @Test
    void anUnknownSessionStopsFollowingWithTheServiceWords() throws Exception {
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "SessionNotFoundException", "Session not found");

        viewModel.follow(connection(), ID);

        assertThat(viewModel.errorProperty().get().fullText()).startsWith("There is no session " + ID)
                .contains("us-east-1");
        assertThat(viewModel.errorProperty().get().ticketDetails()).contains("SessionNotFoundException");
        assertThat(viewModel.followingProperty().get()).isFalse();
        assertThat(delayer.waitingCount()).isZero();
        assertThat(viewModel.pollingNoteProperty().get()).contains("Stopped following because of the error");
        assertThat(history.list()).isEmpty();
    }

    @Test
    void throttlingWhilePollingBacksOffFurtherSaysSoAndContinues() {
        standIn.respondResults(ResultReplies.status(ID, "IN_PROGRESS"));
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "ThrottlingException", "Rate exceeded");
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "ThrottlingException", "Rate exceeded");
        standIn.respondResults(ResultReplies.succeededWithBytes(ID, 91f, 0));

        viewModel.follow(connection(), ID);
        delayer.elapseNext();

        assertThat(viewModel.pollingNoteProperty().get())
                .isEqualTo("Rekognition is throttling requests: waiting 5 s before asking again.");
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("IN_PROGRESS");
        assertThat(viewModel.followingProperty().get()).isTrue();
        delayer.elapseNext();
        assertThat(viewModel.pollingNoteProperty().get())
                .isEqualTo("Rekognition is throttling requests: waiting 10 s before asking again.");
        delayer.elapseNext();

        assertThat(delayer.requestedDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("SUCCEEDED");
        assertThat(viewModel.errorProperty().get()).isNull();
        assertThat(viewModel.followingProperty().get()).isFalse();
        assertThat(resultCalls()).isEqualTo(4);
    }

    @Test
    void stopEndsPollingAndCheckNowResumesIt() {
        standIn.respondResults(ResultReplies.status(ID, "CREATED"))
                .respondResults(ResultReplies.status(ID, "IN_PROGRESS"));
        viewModel.follow(connection(), ID);

        viewModel.stop();

        assertThat(viewModel.followingProperty().get()).isFalse();
        assertThat(delayer.waitingCount()).isZero();
        assertThat(viewModel.pollingNoteProperty().get()).isEqualTo("Stopped following. Press Check now to ask again.");
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("CREATED");
        assertThat(resultCalls()).isEqualTo(1);

        viewModel.checkNow();

        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("IN_PROGRESS");
        assertThat(viewModel.followingProperty().get()).isTrue();
        assertThat(delayer.nextDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void followingAnotherSessionDropsTheFirstOnesWait() {
        String other = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
        standIn.respondResults(ResultReplies.status(ID, "CREATED"))
                .respondResults(ResultReplies.status(other, "EXPIRED"));
        viewModel.follow(connection(), ID);

        viewModel.follow(connection(), other);

        assertThat(delayer.waitingCount()).isZero();
        assertThat(viewModel.sessionIdProperty().get()).isEqualTo(other);
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("EXPIRED");
    }

    @Test
    void aSessionCreatedHereIsAddedToTheHistoryBeforeItsFirstAnswer() throws Exception {
        standIn.respondResults(ResultReplies.status(ID, "CREATED"));

        viewModel.follow(connection(), created(null));

        assertThat(history.list()).singleElement().satisfies(entry -> {
            assertThat(entry.sessionId()).isEqualTo(ID);
            assertThat(entry.lastChecked()).isPresent();
        });
        assertThat(historyChanges).hasSize(1);
    }

    @Test
    void lookUpChecksTheIdFormatBeforeAskingAnything() {
        viewModel.connectionProperty().set(connection());
        viewModel.sessionLookUp().lookUpIdProperty().set("0f3c1a2b-nope");

        viewModel.sessionLookUp().lookUp();

        assertThat(viewModel.sessionLookUp().lookUpProblemProperty().get()).startsWith("'0f3c1a2b-nope' is not a session id");
        assertThat(resultCalls()).isZero();
        assertThat(viewModel.sessionIdProperty().get()).isEmpty();

        viewModel.sessionLookUp().lookUpIdProperty().set("  " + ID.toUpperCase() + " ");
        assertThat(viewModel.sessionLookUp().lookUpProblemProperty().get()).isEmpty();
        standIn.respondResults(ResultReplies.status(ID, "FAILED"));
        viewModel.sessionLookUp().lookUp();

        assertThat(viewModel.sessionIdProperty().get()).isEqualTo(ID);
        assertThat(viewModel.shown().statusTextProperty().get()).isEqualTo("FAILED");
        assertThat(standIn.lastRequest(RekognitionStandIn.GET_RESULTS).body().path("SessionId").asText())
                .isEqualTo(ID);
    }

    @Test
    void lookUpWithoutAConnectionSaysWhatToChooseFirst() {
        viewModel.sessionLookUp().lookUpIdProperty().set(ID);

        viewModel.sessionLookUp().lookUp();

        assertThat(viewModel.sessionLookUp().lookUpProblemProperty().get()).startsWith("Choose a profile and region first");
        assertThat(resultCalls()).isZero();
    }

    @Test
    void aSucceededCheckWithoutAReferenceImageSaysToRetry() {
        standIn.respondResults("{\"SessionId\":\"" + ID + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":40.0}");

        viewModel.follow(connection(), ID);

        assertThat(viewModel.reading().referenceMissingProperty().get())
                .isEqualTo("No reference image: ask for the check again.");
        assertThat(viewModel.pictures().pictures()).isEmpty();
    }
}
