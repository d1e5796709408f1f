package dev.livenessdesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.testsupport.RecordedRequest;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.Notifier;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole create path as a user meets it: the form, the real SDK client, and a Rekognition stand-in speaking
 * the service's wire protocol.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFormAgainstStandInTest {

    private RekognitionStandIn standIn;
    private AwsBackend backend;
    private FxTaskRunner taskRunner;
    private SessionFormView view;

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        standIn = RekognitionStandIn.start();
        backend = new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(), new AwsProfileCatalog());
        taskRunner = new FxTaskRunner(1);
        JsonPreferencesStore preferences =
                new JsonPreferencesStore(Files.createTempDirectory("form-standin").resolve("preferences.json"));
        // The stand-in plays the regional endpoint: every connection the form builds is pointed at it.
        SessionFormViewModel viewModel = FormOnAConnection.form(new SessionFormViewModel.Services(taskRunner,
                connection -> backend.livenessSessions(standIn.connection(connection.region())),
                preferences, text -> { }, Notifier.SILENT, Clock.systemUTC()), FixedProfileCatalog.none());
        view = new SessionFormView(viewModel);
        stage.setScene(new Scene(new StackPane(view.root()), 640, 760));
        stage.show();
    }

    @Stop
    void stop() {
        view.dispose();
        taskRunner.close();
        backend.close();
        standIn.close();
    }

    @Test
    void createShowsTheIdTheServiceReturnedAndSendsWhatWasTyped(FxRobot robot) throws TimeoutException {
        standIn.respondCreated("0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8");
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#prefixField").write("desk/").type(KeyCode.ENTER);

        waitUntil(() -> "0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8".equals(field(robot, "#sessionIdField").getText()));
        RecordedRequest request = standIn.lastRequest(RekognitionStandIn.CREATE);
        assertThat(request.body().at("/Settings/OutputConfig/S3Bucket").asText()).isEqualTo("qa-liveness-audit");
        assertThat(request.body().at("/Settings/OutputConfig/S3KeyPrefix").asText()).isEqualTo("desk/");
    }

    @Test
    void accessDeniedNamesTheIamActionAndKeepsTheForm(FxRobot robot) throws TimeoutException {
        standIn.failWith(RekognitionStandIn.CREATE, 400, "AccessDeniedException",
                "User is not authorized to perform: rekognition:CreateFaceLivenessSession");
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#createButton");

        waitUntil(() -> robot.lookup("#failurePane").query().isVisible());
        assertThat(label(robot, "#errorMessageLabel").getText() + " " + label(robot, "#nextStepLabel").getText())
                .contains("rekognition:CreateFaceLivenessSession");
        assertThat(field(robot, "#ticketField").getText()).startsWith("Code: AccessDeniedException | HTTP 400");
        assertThat(field(robot, "#bucketField").getText()).isEqualTo("qa-liveness-audit");
    }

    @Test
    void anAnswerThatIsNoSessionIdShowsTheCommandLinesWordsAndKeepsTheForm(FxRobot robot) throws TimeoutException {
        standIn.enqueue(RekognitionStandIn.CREATE, dev.livenessdesk.testsupport.StandInReply
                .ok("{\"SessionId\":\"../../etc/passwd\"}").withRequestId("7d1e0c55-6a2b-4c1d-9e8f-0a1b2c3d4e5f"));
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#createButton");

        waitUntil(() -> robot.lookup("#failurePane").query().isVisible());
        assertThat(label(robot, "#errorMessageLabel").getText()).isEqualTo(standIn.uri() + " sent an answer this app "
                + "cannot trust: its SessionId \u201c../../etc/passwd\u201d is not a session id.");
        assertThat(label(robot, "#nextStepLabel").getText()).startsWith("The network worked");
        assertThat(field(robot, "#ticketField").getText())
                .isEqualTo("Code: SERVICE_ERROR | HTTP 200 | Request id: 7d1e0c55-6a2b-4c1d-9e8f-0a1b2c3d4e5f");
        assertThat(field(robot, "#sessionIdField").getText()).doesNotContain("passwd");
        assertThat(field(robot, "#bucketField").getText()).isEqualTo("qa-liveness-audit");
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return (TextInputControl) robot.lookup(query).query();
    }
}
