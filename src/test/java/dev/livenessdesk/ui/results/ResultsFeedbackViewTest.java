package dev.livenessdesk.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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

/**
 * A check that scored below the pass mark with two feedback codes, as a support person reads it on the Result
 * tab: the chips' words, the next step, the client, the audit images against the request, and the presets. The
 * real SDK client reads the stand-in's Feedback and Metadata off the wire.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsFeedbackViewTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private FxTaskRunner tasks;
    private ResultsViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        tasks = new FxTaskRunner(1);
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        SandboxImageStore images = new SandboxImageStore(Clock.systemUTC());
        viewModel = new ResultsViewModel(tasks, new ManualDelayer(), history,
                connection -> new RekognitionLivenessSessions(clients, connection), connection -> images);
        viewModel.connectionProperty().set(standIn.connection());
        stage.setScene(new Scene(new VBox(new ResultsPaneView(viewModel).load()), 640, 760));
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

    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    /** SUCCEEDED at 41.5 with two of the four audit images asked for, two codes and the client. */
    private void lowScoreWithTwoCodes(ObjectNode answer) {
        answer.putArray("Feedback")
                .add(ResultReplies.JSON.createObjectNode().put("Code", "LOW_LIGHTING_DETECTED")
                        .put("Message", "Low lighting detected."))
                .add(ResultReplies.JSON.createObjectNode().put("Code", "FACE_NOT_ALIGNED")
                        .put("Message", "Face not aligned."));
        answer.putObject("Metadata").put("SDKType", "AmplifyUI-React");
        standIn.respondResults(answer);
    }

    private void followCreatedAskingForFourAudits(FxRobot robot) throws TimeoutException {
        CreatedSession created = new CreatedSession(ID, Instant.now(), new SessionSettings("us-east-1",
                Optional.empty(), "", 4, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
        robot.interact(() -> viewModel.follow(standIn.connection(), created));
        waitUntil(() -> robot.lookup("#verdictBadge").queryAs(Label.class).isVisible());
    }

    @Test
    void aLowScoreWithTwoCodesReadsAsASupportPersonWouldExplainIt(FxRobot robot) throws Exception {
        lowScoreWithTwoCodes(ResultReplies.succeededWithBytes(ID, 41.5f, 2));

        followCreatedAskingForFourAudits(robot);

        assertThat(text(robot, "#verdictBadge")).isEqualTo("FAIL: 41.5 is below the pass mark of 80");
        assertThat(text(robot, "#feedbackHeading")).isEqualTo("Rekognition saw 2 things that lower the score:");
        assertThat(robot.lookup(".feedback-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Low lighting", "Face not centred");
        assertThat(robot.lookup(".feedback-advice").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("ask the person to face a light source, not a window behind them.",
                        "ask the person to look straight at the camera and move until the face fills the oval.");
        assertThat(text(robot, "#feedbackNextStep")).isEqualTo("Ask the person to fix these, then create a new "
                + "session for another try: a session id works only once.");
        assertThat(text(robot, "#clientValue")).isEqualTo("AmplifyUI-React (reported by the client)");
        assertThat(text(robot, "#auditValue"))
                .isEqualTo("2 of 4 requested (best effort: a short check returns fewer; not an error)");
        assertThat(shown(robot, "#referenceMissing")).isFalse();
        assertThat(shown(robot, "#whyBox")).isTrue();
    }

    @Test
    void aPresetSetsTheMarkAndTheVerdictNamesIt(FxRobot robot) throws Exception {
        lowScoreWithTwoCodes(ResultReplies.succeededWithBytes(ID, 41.5f, 2));
        followCreatedAskingForFourAudits(robot);

        robot.clickOn("Presentation attacks (60)");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.verdict().passMarkProperty().get()).isEqualTo(60);
        @SuppressWarnings("unchecked")
        Spinner<Integer> spinner = robot.lookup("#passMark").queryAs(Spinner.class);
        assertThat(spinner.getValue()).isEqualTo(60);
        assertThat(text(robot, "#verdictBadge"))
                .isEqualTo("FAIL: 41.5 is below the pass mark of 60 (Presentation attacks)");
        assertThat(text(robot, "#passMarkLine")).isEqualTo("Stops printed photos, screen replays and masks held up "
                + "to the camera; AWS suggests 50 to 60 for these.");
        assertThat(robot.lookup("#preset-PRESENTATION_ATTACKS").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.doubleClickOn("#passMark .text-field").write("85").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#preset-INJECTION_AND_DEEPFAKES").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#preset-PRESENTATION_ATTACKS").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(text(robot, "#verdictBadge"))
                .isEqualTo("FAIL: 41.5 is below the pass mark of 85 (Injection and deepfakes)");
        assertThat(text(robot, "#passMarkLine")).contains("deepfakes");

        robot.clickOn("Injection and deepfakes (85)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preset-INJECTION_AND_DEEPFAKES").queryAs(ToggleButton.class).isSelected())
                .as("a second click keeps the preset chosen").isTrue();
    }

    @Test
    void anUnknownCodeShowsRawAndAMissingReferenceAsksForTheCheckAgain(FxRobot robot) throws Exception {
        ObjectNode answer = ResultReplies.JSON.createObjectNode().put("SessionId", ID).put("Status", "SUCCEEDED")
                .put("Confidence", 30.0);
        answer.putArray("Feedback").add(ResultReplies.JSON.createObjectNode().put("Code", "SCREEN_GLARE_DETECTED")
                .put("Message", "Glare from a screen."));
        standIn.respondResults(answer);

        followCreatedAskingForFourAudits(robot);

        assertThat(robot.lookup(".feedback-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("SCREEN_GLARE_DETECTED");
        assertThat(robot.lookup(".feedback-advice").queryAs(Label.class).getText()).isEqualTo("a reason this "
                + "version of Liveness Desk does not know yet. AWS says: Glare from a screen.");
        assertThat(shown(robot, "#referenceMissing")).isTrue();
        assertThat(text(robot, "#referenceMissing")).isEqualTo("No reference image: ask for the check again.");
        assertThat(text(robot, "#auditValue")).startsWith("0 of 4 requested");
        assertThat(shown(robot, "#clientValue")).isFalse();
    }
}
