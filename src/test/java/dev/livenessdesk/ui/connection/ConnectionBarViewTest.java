package dev.livenessdesk.ui.connection;

import dev.livenessdesk.core.connection.EndpointResolver;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.DeviceCode;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.connection.SignInRoute;
import dev.livenessdesk.core.connection.SsoSignIn;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bar on screen: switching connection, checking identity again, signing in, and nothing else for AWS users. */
@ExtendWith(ApplicationExtension.class)
class ConnectionBarViewTest {

    private static final String SSO_PROFILE = "sso-dev";

    private final List<ConnectionSettings> checked = new CopyOnWriteArrayList<>();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final CountDownLatch approved = new CountDownLatch(1);
    private ActiveConnection active;
    private FxTaskRunner tasks;
    private ConnectionBarView view;

    @Start
    void start(Stage stage) {
        active = new ActiveConnection(false);
        tasks = new FxTaskRunner(2);
        IdentityService identity = connection -> {
            checked.add(connection);
            if (connection.profile().filter(SSO_PROFILE::equals).isPresent()) {
                throw new ServiceException(ServiceError.of(ErrorKind.SSO_SIGN_IN_NEEDED,
                        "The SSO sign-in of profile sso-dev is missing or has expired.", "Sign in again."));
            }
            String account = connection.region().equals("eu-west-1") ? "222222222222" : "111111111111";
            return new CallerIdentity(account, "arn:aws:iam::" + account + ":user/qa", "AIDA", Optional.empty(),
                    "profile " + connection.profile().orElse("-"));
        };
        SsoSignIn sso = new SsoSignIn() {
            @Override
            public SignInRoute routeFor(Optional<String> profile) {
                return SignInRoute.here(SignInRoute.cliCommandFor(profile));
            }

            @Override
            public Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode)
                    throws InterruptedException {
                showCode.accept(new DeviceCode("WDJB-MJHT", URI.create("https://device.sso.us-east-1.amazonaws.com/"),
                        Optional.empty(), Instant.now().plusSeconds(600)));
                approved.await();
                return Instant.now().plusSeconds(3600);
            }
        };
        TestBackend backend = new TestBackend(new FixedProfiles(), Optional.of(identity), Optional.of(sso));
        view = new ConnectionBarView(new ConnectionBarViewModel(active.claimWriter(),
                new ConnectionBarViewModel.Services(backend, tasks, opened::add, text -> { },
                        (endpoint, warning) -> false, EndpointResolver.NONE, Clock.systemUTC(), Platform::runLater),
                ConnectionChoiceViewModel.Remembered.NOTHING));
        view.viewModel().start();
        stage.setScene(new Scene(view.root(), 1100, 220));
        // The stage outlives each test class: a width left by an earlier class would squeeze the bar.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        approved.countDown();
        tasks.close();
    }

    @Test
    void showsTheAccountOfTheActiveConnection(FxRobot robot) throws Exception {
        waitUntil(() -> identityText(robot).contains("111111111111"));

        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("default", "us-east-1"));
        assertThat(identityText(robot)).isEqualTo("us-east-1 \u00b7 account 111111111111 \u00b7 qa");
        assertThat(robot.lookup("#identityLabel").queryAs(Label.class).getTooltip().getText())
                .contains("arn:aws:iam::111111111111:user/qa");
        assertThat(robot.lookup("#regionBox").tryQuery()).as("the region is chosen in the form only").isEmpty();
        assertThat(robot.lookup("#sandboxBanner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#signInButton").queryButton().isVisible()).isFalse();
    }

    @Test
    void pickingAProfileSwitchesTheConnectionAndChecksItAgain(FxRobot robot) throws Exception {
        waitUntil(() -> identityText(robot).contains("111111111111"));

        robot.clickOn("#profileBox").clickOn("qa");

        waitUntil(() -> identityText(robot).contains("222222222222"));
        assertThat(active.getConnection()).isEqualTo(ConnectionSettings.of("qa", "eu-west-1"));
        assertThat(checked).extracting(c -> c.profile().orElse("")).containsExactly("default", "qa");
        assertThat(view.viewModel().identity().accountProperty().get()).isEqualTo("222222222222");
    }

    @Test
    void anExpiredSsoSignInShowsSignInAndTheCodeToApprove(FxRobot robot) throws Exception {
        robot.clickOn("#profileBox").clickOn(SSO_PROFILE);
        waitUntil(() -> robot.lookup("#signInButton").queryButton().isVisible());
        assertThat(identityText(robot)).contains("missing or has expired");

        robot.clickOn("#signInButton");

        waitUntil(() -> "WDJB-MJHT".equals(robot.lookup("#userCodeField").queryAs(TextField.class).getText()));
        assertThat(robot.lookup("#codeRow").query().isVisible()).isTrue();
        assertThat(opened).containsExactly(URI.create("https://device.sso.us-east-1.amazonaws.com/"));

        robot.clickOn("#cancelSignInButton");

        waitUntil(() -> !robot.lookup("#codeRow").query().isVisible());
        assertThat(robot.lookup("#signInMessageLabel").queryAs(Label.class).getText())
                .isEqualTo("The sign-in was cancelled.");
        assertThat(robot.lookup("#signInButton").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void atTheSmallerWindowTheEndpointsReadWholeAndLongTooltipsWrap(FxRobot robot) throws Exception {
        waitUntil(() -> identityText(robot).contains("111111111111"));
        robot.interact(() -> robot.lookup("#identityLabel").query().getScene().getWindow().setWidth(1024));
        robot.clickOn("#endpointToggle");
        robot.clickOn("#rekognitionEndpointField").write("http://127.0.0.1:4566");
        robot.clickOn("#applyEndpointsButton");
        waitUntil(() -> robot.lookup("#endpointToggle").queryAs(javafx.scene.control.ToggleButton.class).getText()
                .startsWith("Rekognition: 127.0.0.1:4566"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ToggleButton toggle = robot.lookup("#endpointToggle")
                .queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(shown(toggle)).as("the Endpoints button").isEqualTo(toggle.getText());
        TextField s3 = robot.lookup("#s3EndpointField").queryAs(TextField.class);
        javafx.scene.text.Text hint = new javafx.scene.text.Text(s3.getPromptText());
        hint.setFont(s3.getFont());
        assertThat(hint.getLayoutBounds().getWidth()).as("the S3 field's hint '" + s3.getPromptText() + "'")
                .isLessThan(s3.getWidth() - s3.getInsets().getLeft() - s3.getInsets().getRight());
        for (String id : List.of("#identityLabel", "#endpointToggle")) {
            javafx.scene.control.Tooltip tip = robot.lookup(id).queryAs(javafx.scene.control.Control.class)
                    .getTooltip();
            assertThat(tip.isWrapText()).as(id + "'s tooltip wraps").isTrue();
            assertThat(tip.getMaxWidth()).as(id + "'s tooltip width").isBetween(200.0, 600.0);
        }
        // The stage outlives the test: the next one starts at the width it asks for.
        robot.interact(() -> robot.lookup("#identityLabel").query().getScene().getWindow().setWidth(1100));
    }

    /** What a labeled control shows: its text, or the shortened text with "..." when it did not fit. */
    private static String shown(javafx.scene.control.Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(javafx.scene.text.Text.class::isInstance)
                .map(node -> ((javafx.scene.text.Text) node).getText()).findFirst().orElse("");
    }

    private static String identityText(FxRobot robot) {
        return robot.lookup("#identityLabel").queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Three profiles with regions, as a catalog port. */
    static final class FixedProfiles implements ProfileCatalog {
        private static final Map<String, String> REGIONS = Map.of("default", "us-east-1", "qa", "eu-west-1",
                SSO_PROFILE, "us-west-2");

        @Override
        public List<String> profileNames() {
            return List.of("default", "qa", SSO_PROFILE);
        }

        @Override
        public String activeProfileName() {
            return "default";
        }

        @Override
        public Optional<String> regionOf(String profile) {
            return Optional.ofNullable(REGIONS.get(profile));
        }

        @Override
        public Optional<String> environmentRegion() {
            return Optional.empty();
        }
    }
}
