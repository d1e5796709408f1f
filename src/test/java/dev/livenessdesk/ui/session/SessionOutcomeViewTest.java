package dev.livenessdesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.ui.common.Notifier;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The cards below the form on their own: what Create gave, shown, copied, and no room taken before. */
@ExtendWith(ApplicationExtension.class)
class SessionOutcomeViewTest {

    private ScriptedLivenessSessions service;
    private SessionFormViewModel form;
    private SessionOutcomeView outcome;
    private final List<String> copied = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("UTC"));
        service = new ScriptedLivenessSessions(clock);
        JsonPreferencesStore preferences =
                new JsonPreferencesStore(Files.createTempDirectory("outcome-view").resolve("preferences.json"));
        form = FormOnAConnection.form(new SessionFormViewModel.Services(new SynchronousTaskRunner(),
                service::forConnection, preferences, copied::add, Notifier.SILENT, clock), FixedProfileCatalog.none());
        outcome = new SessionOutcomeView(form);
        stage.setScene(new Scene(new StackPane(outcome.root()), 640, 600));
        stage.sizeToScene();
        stage.show();
    }

    @Stop
    void stop() {
        outcome.dispose();
    }

    private void create(FxRobot robot) {
        robot.interact(() -> {
            form.bucketProperty().set("liveness-images");
            form.createSession();
        });
    }

    @Test
    void beforeCreateNeitherCardShowsAndTheyTakeNoRoom(FxRobot robot) {
        assertThat(outcome.root().isVisible()).isFalse();
        assertThat(outcome.root().isManaged()).as("no spacing kept for nothing").isFalse();
        assertThat(robot.lookup("#resultPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#failurePane").query().isVisible()).isFalse();
    }

    @Test
    void aCreatedSessionShowsItsIdReadyToCopyAndItsStartWindow(FxRobot robot) {
        create(robot);

        assertThat(outcome.root().isVisible()).isTrue();
        assertThat(robot.lookup("#sessionIdField").queryAs(TextInputControl.class).getText())
                .isEqualTo(ScriptedLivenessSessions.SESSION_ID);
        assertThat(robot.lookup("#countdownLabel").queryAs(Label.class).getText())
                .endsWith("left to start the check");
        assertThat(robot.lookup("#failurePane").query().isVisible()).isFalse();

        robot.clickOn("#copyButton");
        assertThat(copied).containsExactly(ScriptedLivenessSessions.SESSION_ID);
    }

    @Test
    void aFailureShowsWhatToDoAndTheTicketDetailsToCopy(FxRobot robot) {
        service.failWith(new ServiceError(ErrorKind.REGION_NOT_SUPPORTED,
                "Face Liveness is not offered in this region.", "Pick one of us-east-1, us-west-2, eu-west-1.",
                Optional.of("AccessDeniedException"), Optional.of("req-42"), 400, Optional.empty()));

        create(robot);

        assertThat(robot.lookup("#failurePane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#resultPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#errorMessageLabel").queryAs(Label.class).getText())
                .isEqualTo("Face Liveness is not offered in this region.");
        assertThat(robot.lookup("#nextStepLabel").queryAs(Label.class).getText()).startsWith("Pick one of");
        String ticket = robot.lookup("#ticketField").queryAs(TextInputControl.class).getText();
        assertThat(ticket).isEqualTo("Code: AccessDeniedException | HTTP 400 | Request id: req-42");

        robot.clickOn("#copyTicketButton");
        assertThat(copied).containsExactly("Face Liveness is not offered in this region.\n" + ticket);
    }
}
