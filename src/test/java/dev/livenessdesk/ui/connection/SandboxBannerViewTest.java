package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.EndpointResolver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the sandbox the bar cannot be mistaken for a production connection. */
@ExtendWith(ApplicationExtension.class)
class SandboxBannerViewTest {

    private ActiveConnection active;

    @Start
    void start(Stage stage) {
        active = new ActiveConnection(true);
        ConnectionBarView view = new ConnectionBarView(new ConnectionBarViewModel(active.claimWriter(),
                new ConnectionBarViewModel.Services(new SandboxBackend(), new SynchronousTaskRunner(), page -> { },
                        text -> { }, (endpoint, warning) -> false, EndpointResolver.NONE, Clock.systemUTC(), Runnable::run),
                ConnectionChoiceViewModel.Remembered.NOTHING));
        view.viewModel().start();
        stage.setScene(new Scene(view.root(), 1100, 200));
        stage.show();
    }

    @Test
    void theSandboxBannerIsShownAboveTheBar(FxRobot robot) {
        Label banner = robot.lookup("#sandboxBanner").queryAs(Label.class);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo(
                "Sandbox \u2014 offline: nothing is sent to AWS. Sessions and images are made up on this computer.");
        assertThat(banner.getHeight()).isPositive();
        assertThat(robot.lookup("#connectionBar").query().getStyleClass()).contains("sandbox");
        assertThat(robot.lookup("#identityLabel").queryAs(Label.class).getText()).contains("sandbox");
        assertThat(active.isSandbox()).isTrue();
    }
}
