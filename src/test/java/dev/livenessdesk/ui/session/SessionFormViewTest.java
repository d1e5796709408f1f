package dev.livenessdesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.Notifier;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The session form as a user drives it, headless. The Face Liveness port is injected through
 * {@link #livenessSessionsFor}: here a hand-written one; a stand-in-backed AWS adapter can replace it.
 */
@ExtendWith(ApplicationExtension.class)
class SessionFormViewTest {

    private ScriptedLivenessSessions service;
    private FxTaskRunner taskRunner;
    private SessionFormView view;
    private final List<String> copied = new ArrayList<>();

    /** The port under the form for a connection; the one seam to swap for another implementation. */
    LivenessSessions livenessSessionsFor(ConnectionSettings connection) {
        return service.forConnection(connection);
    }

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("UTC"));
        service = new ScriptedLivenessSessions(clock);
        taskRunner = new FxTaskRunner(1);
        JsonPreferencesStore preferences =
                new JsonPreferencesStore(Files.createTempDirectory("form-view").resolve("preferences.json"));
        SessionFormViewModel viewModel = FormOnAConnection.form(new SessionFormViewModel.Services(taskRunner,
                this::livenessSessionsFor, preferences, copied::add, Notifier.SILENT, clock),
                FixedProfileCatalog.none());
        view = new SessionFormView(viewModel);
        stage.setScene(new Scene(new StackPane(view.root()), 640, 760));
        stage.show();
    }

    @Stop
    void stop() {
        view.dispose();
        taskRunner.close();
    }

    @Test
    void aMessageAppearsNextToTheFieldAfterATypingPauseAndGoesWhenFixed(FxRobot robot) throws TimeoutException {
        robot.clickOn("#bucketField").write("ab");

        waitUntil(() -> label(robot, "#bucketMessage").isVisible());
        assertThat(label(robot, "#bucketMessage").getText())
                .isEqualTo("Bucket names are 3 to 255 characters: letters, digits, '.', '-' and '_'.");

        robot.write("c-images");
        waitUntil(() -> !label(robot, "#bucketMessage").isVisible());
    }

    @Test
    void theFieldsBelowStayPutWhenAMessageComesAndGoes(FxRobot robot) throws TimeoutException {
        // The form's width in the window (MainWindow.fxml), where a message takes two or three lines.
        robot.interact(() -> view.root().getScene().getWindow().setWidth(460));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> before = positions(robot);

        robot.clickOn("#bucketField").write("ab");
        waitUntil(() -> label(robot, "#bucketMessage").isVisible());
        assertThat(label(robot, "#bucketHint").isVisible()).as("the hint gives way to the message").isFalse();
        assertThat(positions(robot)).as("the fields below, with the bucket's message").isEqualTo(before);

        robot.write("c-images");
        waitUntil(() -> !label(robot, "#bucketMessage").isVisible());
        assertThat(label(robot, "#bucketHint").isVisible()).isTrue();
        assertThat(positions(robot)).as("the fields below, the message gone").isEqualTo(before);

        robot.doubleClickOn("#auditSpinner .text-field").write("9");
        robot.clickOn("#prefixField");
        waitUntil(() -> label(robot, "#auditMessage").isVisible());
        assertThat(positions(robot)).as("the fields below, with the audit limit's message").isEqualTo(before);
    }

    /** Where the prefix field, the Advanced section and the Create button are in the window. */
    private static List<Double> positions(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return java.util.stream.Stream.of("#prefixField", "#advancedPane", "#createButton")
                .map(query -> {
                    Node node = robot.lookup(query).query();
                    return node.localToScene(node.getLayoutBounds()).getMinY();
                }).toList();
    }

    @Test
    void anUnsupportedRegionGetsAWarningInWords(FxRobot robot) throws TimeoutException {
        robot.doubleClickOn("#regionBox .text-field").eraseText(12).write("us-east-2");
        robot.clickOn("#bucketField");

        waitUntil(() -> label(robot, "#regionMessage").isVisible());
        assertThat(label(robot, "#regionMessage").getText()).startsWith("Face Liveness is not offered in us-east-2");
        assertThat(label(robot, "#regionMessage").getStyleClass()).contains("field-warning");
    }

    @Test
    void createShowsTheSessionIdReadyToCopy(FxRobot robot) throws TimeoutException {
        robot.clickOn("#bucketField").write("liveness-images");
        robot.clickOn("#createButton");

        waitUntil(() -> ScriptedLivenessSessions.SESSION_ID.equals(field(robot, "#sessionIdField").getText()));
        assertThat(robot.lookup("#resultPane").query().isVisible()).isTrue();
        assertThat(label(robot, "#countdownLabel").getText()).endsWith("left to start the check");
        assertThat(service.requests()).singleElement()
                .satisfies(s -> assertThat(s.bucket()).contains("liveness-images"));

        robot.clickOn("#copyButton");
        assertThat(copied).containsExactly(ScriptedLivenessSessions.SESSION_ID);
    }

    @Test
    void enterInTheFormCreates(FxRobot robot) throws TimeoutException {
        robot.clickOn("#bucketField").write("liveness-images").type(KeyCode.ENTER);

        waitUntil(() -> ScriptedLivenessSessions.SESSION_ID.equals(field(robot, "#sessionIdField").getText()));
    }

    @Test
    void aFailureShowsWhatToDoAndKeepsTheValues(FxRobot robot) throws TimeoutException {
        service.failWith(new ServiceError(ErrorKind.REGION_NOT_SUPPORTED,
                "Face Liveness is not offered in this region.", "Pick one of us-east-1, us-west-2, eu-west-1.",
                Optional.of("AccessDeniedException"), Optional.of("req-42"), 400, Optional.empty()));
        robot.clickOn("#bucketField").write("liveness-images");
        robot.clickOn("#prefixField").write("desk/");
        robot.clickOn("#createButton");

        waitUntil(() -> robot.lookup("#failurePane").query().isVisible());
        assertThat(label(robot, "#errorMessageLabel").getText())
                .isEqualTo("Face Liveness is not offered in this region.");
        assertThat(label(robot, "#nextStepLabel").getText()).startsWith("Pick one of");
        assertThat(field(robot, "#ticketField").getText())
                .isEqualTo("Code: AccessDeniedException | HTTP 400 | Request id: req-42");
        assertThat(field(robot, "#bucketField").getText()).isEqualTo("liveness-images");
        assertThat(field(robot, "#prefixField").getText()).isEqualTo("desk/");
        assertThat(robot.lookup("#createButton").query().isDisabled()).isFalse();
    }

    @Test
    void createWithAnErrorInTheAdvancedSectionOpensItAndFocusesTheField(FxRobot robot) {
        robot.interact(() -> view.viewModel().clientRequestTokenProperty().set("not a token"));

        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitForFxEvents();

        TitledPane advanced = robot.lookup("#advancedPane").queryAs(TitledPane.class);
        assertThat(advanced.isExpanded()).isTrue();
        assertThat(field(robot, "#tokenField").isFocused()).isTrue();
        assertThat(label(robot, "#tokenMessage").getText()).startsWith("A client request token is 1 to 64");
        assertThat(service.requests()).isEmpty();
    }

    @Test
    void theAuditImagesLimitCanBeTypedOutOfRangeTextIsRefusedAndKeptAndARetypedValueCreates(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#bucketField").write("liveness-images");
        robot.clickOn("#auditSpinner .text-field").push(KeyCode.CONTROL, KeyCode.A).write("7");
        robot.clickOn("#createButton");

        waitUntil(() -> label(robot, "#auditMessage").isVisible());
        assertThat(label(robot, "#auditMessage").getText())
                .isEqualTo("The audit images limit is a whole number from 0 to 4.");
        assertThat(field(robot, "#auditSpinner .text-field").getText()).as("the text is kept").isEqualTo("7");
        assertThat(service.requests()).isEmpty();

        // The refusal focused the field, and the pointer is still on Create: retyped and pressed at once, before
        // the pause that checks the field. The message leaves when the field loses focus to the button, and the
        // button must not move from under the pointer before the release, or the click is lost.
        assertThat(field(robot, "#auditSpinner .text-field").isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2");
        robot.moveTo("#createButton").press(MouseButton.PRIMARY);
        // A person's click lasts a while: a few frames are drawn between the press and the release.
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> !service.requests().isEmpty());
        assertThat(service.requests()).singleElement().satisfies(s -> assertThat(s.auditImagesLimit()).isEqualTo(2));
        assertThat(label(robot, "#auditMessage").isVisible()).isFalse();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    private static TextInputControl field(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return (TextInputControl) node;
    }
}
