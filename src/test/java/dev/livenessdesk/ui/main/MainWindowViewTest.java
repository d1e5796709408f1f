package dev.livenessdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {

    private MainWindowView view;
    private StringProperty connection;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        connection = new SimpleStringProperty("dev · eu-west-1");
        view = new MainWindowView();
        view.load();
        view.setSessionForm(new Label("the form"));
        view.showConnection(connection, false);
        stage.setScene(new Scene(view.root(), 1000, 700));
        stage.setTitle(view.title());
        stage.show();
    }

    @Test
    void theViewerSlotStartsWithAFriendlyEmptyState(FxRobot robot) {
        StackPane slot = robot.lookup("#viewerSlot").queryAs(StackPane.class);

        assertThat(slot).isSameAs(view.viewerSlot());
        assertThat(robot.lookup("#viewerEmptyState").query().isVisible()).isTrue();
        assertThat(robot.lookup("No session to show yet").tryQuery()).isPresent();
        assertThat(view.title()).isEqualTo("Liveness Desk");
    }

    @Test
    void aViewerReplacesTheEmptyState(FxRobot robot) {
        robot.interact(() -> view.showViewer(new Label("viewer")));

        assertThat(robot.lookup("#viewerEmptyState").tryQuery()).isEmpty();
        assertThat(robot.lookup("viewer").tryQuery()).isPresent();
    }

    @Test
    void theStatusBarFollowsTheConnection(FxRobot robot) {
        Label label = robot.lookup("#connectionLabel").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("Connection: dev · eu-west-1");

        robot.interact(() -> connection.set("(default chain) · us-west-2"));
        assertThat(label.getText()).isEqualTo("Connection: (default chain) · us-west-2");
    }

    @Test
    void theSandboxIsAlwaysVisible(FxRobot robot) {
        robot.interact(() -> view.showConnection(connection, true));

        assertThat(robot.lookup(".sandbox-badge").queryAs(Label.class).getText()).startsWith("SANDBOX");
    }
}
