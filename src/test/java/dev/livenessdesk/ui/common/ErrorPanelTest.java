package dev.livenessdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one error presentation: message, next step, and the ticket line one click from the clipboard. */
@ExtendWith(ApplicationExtension.class)
class ErrorPanelTest {

    private static final ServiceError DENIED = new ServiceError(ErrorKind.ACCESS_DENIED,
            "Your credentials lack rekognition:GetFaceLivenessSessionResults.",
            "Ask your AWS administrator to allow it for profile qa in us-east-1.",
            Optional.of("AccessDeniedException"), Optional.of("7d1e0c55-6a2b-4c1d"), 400, Optional.empty());

    private ErrorPanel panel;
    private final List<String> copied = new ArrayList<>();

    @Start
    void start(Stage stage) {
        panel = new ErrorPanel();
        panel.setClipboard(copied::add);
        panel.addAction(new Button("Switch to eu-west-1"));
        stage.setScene(new Scene(new VBox(panel), 520, 200));
        stage.show();
    }

    @Test
    void hiddenWithoutAnErrorAndTakesNoRoom(FxRobot robot) {
        assertThat(panel.isVisible()).isFalse();
        assertThat(panel.isManaged()).isFalse();
    }

    @Test
    void showsWhatHappenedWhatToDoAndTheTicketDetails(FxRobot robot) {
        robot.interact(() -> panel.setError(DENIED));

        assertThat(panel.isVisible()).isTrue();
        assertThat(robot.lookup(".error-message").queryAs(Label.class).getText())
                .isEqualTo("Your credentials lack rekognition:GetFaceLivenessSessionResults.");
        assertThat(robot.lookup(".error-next-step").queryAs(Label.class).getText())
                .startsWith("Ask your AWS administrator");
        TextField ticket = robot.lookup(".error-ticket").queryAs(TextField.class);
        assertThat(ticket.getText())
                .isEqualTo("Code: AccessDeniedException | HTTP 400 | Request id: 7d1e0c55-6a2b-4c1d");
        assertThat(ticket.isEditable()).isFalse();
        assertThat(robot.lookup("Switch to eu-west-1").tryQuery()).isPresent();

        robot.clickOn(".error-copy");

        assertThat(copied).containsExactly(DENIED.fullText() + "\n" + DENIED.ticketDetails());
    }

    @Test
    void aFailureWithoutNextStepShowsNoEmptyLine(FxRobot robot) {
        robot.interact(() -> panel.setError(ServiceError.of(ErrorKind.UNKNOWN, "It broke.", "")));

        assertThat(robot.lookup(".error-next-step").query().isVisible()).isFalse();
        assertThat(robot.lookup(".error-ticket").queryAs(TextField.class).getText()).isEqualTo("Code: UNKNOWN");

        robot.interact(() -> panel.setError(null));
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void anExplainedFailureKeepsThePortsWordsAndAnyOtherSaysWhatWentWrong() {
        assertThat(ErrorExplanation.of(new RuntimeException(new dev.livenessdesk.core.failure.ServiceException(
                DENIED)))).isSameAs(DENIED);
        ServiceError unexplained = ErrorExplanation.of(new IllegalStateException("disk full"));
        assertThat(unexplained.kind()).isEqualTo(ErrorKind.UNKNOWN);
        assertThat(unexplained.message()).isEqualTo("Something unexpected went wrong: disk full");
        assertThat(unexplained.nextStep()).isNotBlank();
    }
}
