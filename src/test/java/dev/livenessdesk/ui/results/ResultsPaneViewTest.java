package dev.livenessdesk.ui.results;

import static dev.livenessdesk.ui.results.ResultReplies.BUCKET;
import static dev.livenessdesk.ui.results.ResultReplies.s3Key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxImageStore;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.ManualDelayer;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The results pane as a user watches it, headless: the real SDK client against the stand-in, polls stepped by hand. */
@ExtendWith(ApplicationExtension.class)
class ResultsPaneViewTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private FxTaskRunner tasks;
    private ManualDelayer delayer;
    private SandboxImageStore images;
    private ResultsViewModel viewModel;
    private final List<List<S3Location>> handedToViewer = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        tasks = new FxTaskRunner(1);
        delayer = new ManualDelayer();
        images = new SandboxImageStore(Clock.systemUTC());
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        viewModel = new ResultsViewModel(tasks, delayer, history,
                connection -> new RekognitionLivenessSessions(clients, connection), connection -> images);
        viewModel.connectionProperty().set(standIn.connection());
        viewModel.pictures().resultLocationsProperty().addListener((obs, old, locations) -> handedToViewer.add(locations));
        stage.setScene(new Scene(new VBox(new ResultsPaneView(viewModel).load()), 1000, 760));
        // The stage outlives each test class: one left narrow (the form's 460 px) would hide the thumbnails.
        stage.sizeToScene();
        stage.show();
    }

    @Stop
    void stop() {
        viewModel.dispose();
        tasks.close();
        clients.close();
        standIn.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aSessionIsFollowedFromCreatedThroughInProgressToAPassWithItsImages(FxRobot robot) throws Exception {
        images.put(BUCKET, s3Key(ID, "reference.jpg"), ResultReplies.jpeg(0));
        images.put(BUCKET, s3Key(ID, "audit_1.jpg"), ResultReplies.jpeg(1));
        standIn.respondResults(ResultReplies.status(ID, "CREATED"))
                .respondResults(ResultReplies.status(ID, "IN_PROGRESS"))
                .respondResults(ResultReplies.succeededInS3(ID, 96.5f, 1));
        assertThat(robot.lookup("#placeholder").queryAs(Label.class).isVisible()).isTrue();
        CreatedSession created = new CreatedSession(ID, Instant.now(), new SessionSettings("us-east-1",
                Optional.of(BUCKET), "checks/", 1, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));

        robot.interact(() -> viewModel.follow(standIn.connection(), created));
        waitUntil(() -> "CREATED".equals(text(robot, "#statusBadge")) && delayer.waitingCount() == 1);
        assertThat(text(robot, "#statusExplanation")).startsWith("Waiting for the user to start the check");
        assertThat(text(robot, "#pollingNote")).isEqualTo("Checking again in 2 s.");
        assertThat(robot.lookup("#stopButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#verdictBadge").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(delayer::elapseNext);
        waitUntil(() -> "IN_PROGRESS".equals(text(robot, "#statusBadge")) && delayer.waitingCount() == 1);
        assertThat(text(robot, "#pollingNote")).isEqualTo("Checking again in 3 s.");

        robot.interact(delayer::elapseNext);
        waitUntil(() -> "SUCCEEDED".equals(text(robot, "#statusBadge"))
                && robot.lookup(".thumbnail").queryAll().size() == 2);

        Label verdict = robot.lookup("#verdictBadge").queryAs(Label.class);
        assertThat(verdict.isVisible()).isTrue();
        assertThat(verdict.getText()).isEqualTo("PASS: 96.5 is at or above the pass mark of 80");
        assertThat(verdict.getStyleClass()).contains("verdict-pass");
        assertThat(text(robot, "#confidenceValue")).isEqualTo("96.5");
        assertThat(text(robot, "#challengeValue")).isEqualTo("FaceMovementAndLightChallenge (version 2.0.0)");
        assertThat(text(robot, "#pollingNote")).isEqualTo("Final status: no more checks needed.");
        assertThat(robot.lookup("#stopButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".thumbnail").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getText)
                .containsExactly("Reference", "Audit 1");
        FaceBoxImageView shown = robot.lookup("#shownImage").queryAs(FaceBoxImageView.class);
        assertThat(shown.imageProperty().get().getWidth()).isEqualTo(ResultReplies.JPEG_WIDTH);
        // The row's pictures are their own decodes at its size (a full picture scaled in every frame kept the
        // renderer busy); the shown one keeps every pixel of the stored image.
        assertThat(robot.lookup(".thumbnail").queryAllAs(ToggleButton.class)).allSatisfy(button -> {
            javafx.scene.image.Image small = ((javafx.scene.image.ImageView) button.getGraphic()).getImage();
            assertThat(small.getRequestedHeight()).isEqualTo(2 * ResultPicture.THUMBNAIL_HEIGHT);
            assertThat(small).isNotSameAs(shown.imageProperty().get());
        });
        assertThat(shown.faceBox().isVisible()).isTrue();
        assertThat(shown.faceBox().getWidth()).isGreaterThan(0);
        assertThat(shown.faceBox().getWidth() / shown.faceBox().getHeight())
                .isCloseTo(0.25 * ResultReplies.JPEG_WIDTH / (0.5 * ResultReplies.JPEG_HEIGHT),
                        offset(0.05));
        assertThat(handedToViewer.get(handedToViewer.size() - 1)).containsExactly(
                new S3Location(BUCKET, s3Key(ID, "reference.jpg")), new S3Location(BUCKET, s3Key(ID, "audit_1.jpg")));

        robot.clickOn("#faceBoxToggle");
        assertThat(shown.faceBox().isVisible()).isFalse();
        robot.clickOn("Audit 1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.pictures().shownPictureProperty().get().label()).isEqualTo("Audit 1");
    }

    @Test
    void aLoweredPassMarkTurnsAFailIntoAPass(FxRobot robot) throws Exception {
        standIn.respondResults(ResultReplies.succeededWithBytes(ID, 72.5f, 0));
        robot.interact(() -> viewModel.follow(standIn.connection(), ID));
        waitUntil(() -> robot.lookup("#verdictBadge").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#verdictBadge")).isEqualTo("FAIL: 72.5 is below the pass mark of 80");
        assertThat(robot.lookup("#verdictBadge").queryAs(Label.class).getStyleClass()).contains("verdict-fail");

        robot.doubleClickOn("#passMark .text-field").write("70").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#verdictBadge")).isEqualTo("PASS: 72.5 is at or above the pass mark of 70");
        assertThat(robot.lookup("#verdictBadge").queryAs(Label.class).getStyleClass()).contains("verdict-pass");
    }

    @Test
    void aMistypedIdGetsAMessageNextToTheFieldAndNothingIsAsked(FxRobot robot) throws Exception {
        robot.clickOn("#lookUpField").write("0f3c1a2b-4d5e").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#lookUpProblem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("'0f3c1a2b-4d5e' is not a session id");
        assertThat(standIn.requests()).isEmpty();

        standIn.respondResults(ResultReplies.status(ID, "EXPIRED"));
        robot.clickOn("#lookUpField").eraseText(13).write(ID);
        robot.clickOn("#lookUpButton");
        waitUntil(() -> "EXPIRED".equals(text(robot, "#statusBadge")));

        assertThat(problem.isVisible()).isFalse();
        assertThat(text(robot, "#statusExplanation")).contains("has expired");
    }
}
