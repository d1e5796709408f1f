package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Three bars to look at under Xvfb: an AWS role with expiring credentials, an SSO sign-in, and the sandbox. */
public final class ConnectionBarDemo extends Application {

    /** A main outside the Application class, so the classpath JavaFX starts without the module check. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ConnectionBarDemo.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        FxTaskRunner tasks = new FxTaskRunner(2);
        ConnectionBarView aws = bar(new TestBackend(new ConnectionBarViewTest.FixedProfiles(),
                Optional.of(connection -> new CallerIdentity("123456789012",
                        "arn:aws:sts::123456789012:assumed-role/LivenessTester/qa-desk", "AROA", Optional.of(
                        Instant.now().plusSeconds(42 * 60)), "profile qa: role LivenessTester through profile keys")),
                Optional.empty()), tasks);
        ConnectionBarView sso = bar(new TestBackend(new ConnectionBarViewTest.FixedProfiles(),
                Optional.of(connection -> {
                    throw new ServiceException(ServiceError.of(ErrorKind.SSO_SIGN_IN_NEEDED,
                            "The SSO sign-in of profile sso-dev is missing or has expired.",
                            "Sign in again."));
                }), Optional.of(new WaitingSignIn())), tasks);
        ConnectionBarView sandbox = bar(new SandboxBackend(), tasks);
        VBox root = new VBox(12, caption("AWS profile with temporary credentials"), aws.root(),
                caption("IAM Identity Center sign-in in progress"), sso.root(), caption("Offline sandbox"),
                sandbox.root());
        stage.setScene(new Scene(root, 1240, 560));
        stage.setTitle("Connection bar");
        stage.show();
        Platform.runLater(() -> {
            sso.viewModel().choice().profileProperty().set("sso-dev");
            Platform.runLater(() -> Platform.runLater(() -> sso.viewModel().signIn().signIn()));
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 11px; -fx-text-fill: #666; -fx-padding: 4 10 0 10;");
        return label;
    }

    private static ConnectionBarView bar(dev.livenessdesk.core.connection.Backend backend, FxTaskRunner tasks) {
        ConnectionBarView view = new ConnectionBarView(new ConnectionBarViewModel(
                new ActiveConnection(backend.isSandbox()).claimWriter(), new ConnectionBarViewModel.Services(backend,
                tasks, page -> { }, text -> { }, (endpoint, warning) -> false, EndpointResolver.NONE, Clock.systemUTC(),
                Platform::runLater), ConnectionChoiceViewModel.Remembered.NOTHING));
        view.viewModel().start();
        return view;
    }

    /** Shows a code and waits for an approval that never comes. */
    private static final class WaitingSignIn implements SsoSignIn {
        @Override
        public SignInRoute routeFor(Optional<String> profile) {
            return SignInRoute.here(SignInRoute.cliCommandFor(profile));
        }

        @Override
        public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode) throws InterruptedException {
            showCode.accept(new DeviceCode("WDJB-MJHT", URI.create("https://device.sso.us-east-1.amazonaws.com/"),
                    Optional.empty(), Instant.now().plusSeconds(600)));
            Thread.sleep(Long.MAX_VALUE);
            return Instant.now();
        }
    }
}
