package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.CredentialSources;
import dev.livenessdesk.aws.StsCallerIdentity;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StsStandIn;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.connection.SwitchConfirmation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The switch between the offline sandbox and AWS in the whole desktop window, without a restart: "Use AWS" in the
 * sandbox banner asks first when the sandbox's sessions would be forgotten, then rebuilds the window in the same
 * stage on an AWS backend (the real SDK against the Rekognition and STS stand-ins); "Try the sandbox" goes back to
 * a fresh sandbox. With no AWS setup on the computer the window stays in the sandbox and says what to do.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopWorldSwitchTest {

    private final AtomicBoolean awsSetUp = new AtomicBoolean(true);
    private final AtomicBoolean answer = new AtomicBoolean(false);
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final List<DesktopWorld> worldsOpened = new CopyOnWriteArrayList<>();
    private RekognitionStandIn rekognition;
    private StsStandIn sts;
    private Path data;
    private JsonPreferencesStore preferences;
    private WorldSwitch worlds;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        rekognition = RekognitionStandIn.start();
        sts = StsStandIn.start();
        data = Files.createTempDirectory("desktop-switch");
        preferences = new JsonPreferencesStore(data.resolve("preferences.json"));
        // Last time on AWS the profile "qa" was used: the trip through the sandbox must not change that.
        preferences.update(remembered -> remembered.withForm("qa", "us-east-1", null, null, 0).withPassMark(90));
        SwitchConfirmation confirmation = (question, consequence, accept) -> {
            questions.add(question + " " + consequence);
            return answer.get();
        };
        worlds = new WorldSwitch(stage, new WorldSwitch.Shared(preferences, page -> { }, false, CheckPageHost.NONE,
                owner -> confirmation), new StandInWorlds(), () -> new FxTaskRunner(2));
        worlds.show(DesktopWorld.on(new SandboxBackend(), LocalDatabase.forSandbox()));
        stage.setX(40);
        stage.setY(30);
        stage.setWidth(1100);
        stage.setHeight(720);
    }

    @Stop
    void stop() {
        worlds.close();
        rekognition.close();
        sts.close();
    }

    @Test
    void useAwsRebuildsTheWindowOnAwsAfterAskingAndTrySandboxComesBackToAFreshSandbox(FxRobot robot)
            throws TimeoutException {
        assertThat(visible(robot, "#sandboxBanner")).isTrue();
        assertThat(stage.getTitle()).contains("Sandbox");
        DesktopWorld sandbox = worlds.world();
        robot.clickOn("#bucketField").write("made-up-sandbox-bucket");
        robot.clickOn("#createButton");
        FxWait.until(20, () -> "CREATED".equals(text(robot, "#statusBadge")));

        // The sandbox's session would be forgotten: the user is asked, and "Stay" keeps everything.
        robot.clickOn("#backendSwitchButton");
        FxWait.until(20, () -> questions.size() == 1);
        assertThat(questions.get(0)).startsWith("Switch to AWS?").contains("sandbox\u2019s sessions are forgotten");
        assertThat(opened).hasValue(0);
        assertThat(visible(robot, "#sandboxBanner")).isTrue();

        answer.set(true);
        robot.clickOn("#backendSwitchButton");

        FxWait.until(20, () -> worlds.world() != sandbox && worlds.window() != null && !stage.getTitle().contains("Sandbox"));
        FxWait.until(20, () -> text(robot, "#connectionBar #identityLabel").contains("account " + StsStandIn.ACCOUNT));
        assertThat(questions).hasSize(2);
        assertThat(robot.lookup("#sandboxBanner").tryQuery().map(Node::isVisible)).hasValue(false);
        assertThat(robot.lookup("#simulateLiveButton").tryQuery()).as("no play strip on AWS").isEmpty();
        assertThat(profileBox(robot).getValue()).as("the AWS profile of last time").isEqualTo("qa");
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        assertThat(field(robot, "#bucketField")).as("nothing of the sandbox's form on AWS").isEmpty();
        FxWait.until(20, () -> closed(sandbox.database()));
        assertThat(preferences.current().profile()).isEqualTo("qa");
        assertThat(preferences.current().bucket()).isNull();

        // On AWS, a session created and followed is the work at stake: asked again, then the sandbox comes back.
        robot.clickOn("#createButton");
        FxWait.until(20, () -> !rekognition.requests(RekognitionStandIn.GET_RESULTS).isEmpty());
        assertThat(text(robot, "#backendSwitchButton")).isEqualTo("Try the sandb_ox");
        DesktopWorld aws = worlds.world();
        robot.clickOn("#backendSwitchButton");

        FxWait.until(20, () -> worlds.world() != aws && stage.getTitle().contains("Sandbox"));
        FxWait.until(20, () -> visible(robot, "#sandboxBanner"));
        assertThat(questions).hasSize(3).last().asString().startsWith("Switch to the sandbox?");
        assertThat(field(robot, "#resultPane #sessionIdField")).isEmpty();
        assertThat(stage.getWidth()).isEqualTo(1100);
        FxWait.until(20, () -> closed(aws.database()));
        FxWait.until(20, () -> {
            try {
                return worlds.world().history().list().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(worldsOpened).hasSize(2);
    }

    @Test
    void withoutAnAwsSetupTheWindowStaysInTheSandboxAndSaysWhatToDo(FxRobot robot) throws TimeoutException {
        awsSetUp.set(false);
        DesktopWorld sandbox = worlds.world();

        robot.clickOn("#backendSwitchButton");

        FxWait.until(20, () -> visible(robot, "#backendSwitchProblem")
                && text(robot, "#backendSwitchProblem").contains("aws configure sso"));
        assertThat(text(robot, "#backendSwitchProblem")).startsWith("Still in the sandbox")
                .contains("\u201caws configure\u201d").contains("AWS_PROFILE").contains("press Use AWS again");
        assertThat(questions).as("nothing made yet, nothing to lose").isEmpty();
        assertThat(opened).hasValue(0);
        assertThat(worlds.world()).isSameAs(sandbox);
        assertThat(visible(robot, "#sandboxBanner")).isTrue();
        assertThat(robot.lookup("#backendSwitchButton").queryButton().isDisabled()).isFalse();
        // The note closes, and gives the window its room back.
        robot.clickOn("#backendSwitchProblemClose");
        FxWait.until(20, () -> !visible(robot, "#backendSwitchProblem"));
        assertThat(robot.lookup("#backendSwitchProblem").query().getParent().isManaged()).isFalse();

        // Set up since: the next press switches.
        awsSetUp.set(true);
        robot.clickOn("#backendSwitchButton");
        FxWait.until(20, () -> !stage.getTitle().contains("Sandbox"));
        assertThat(robot.lookup("#backendSwitchProblem").tryQuery().map(Node::isVisible)).hasValue(false);
    }

    /** Opens worlds as the app does, with AWS being the real SDK against the stand-ins. */
    private final class StandInWorlds implements DesktopWorld.Source {
        @Override
        public boolean hasAwsSetup() {
            return awsSetUp.get();
        }

        @Override
        public DesktopWorld open(boolean sandbox) {
            opened.incrementAndGet();
            DesktopWorld world;
            try {
                world = sandbox ? DesktopWorld.on(new SandboxBackend(), LocalDatabase.forSandbox())
                        : DesktopWorld.on(new StandInAws(), LocalDatabase.open(data, Clock.systemUTC()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            worldsOpened.add(world);
            return world;
        }
    }

    /** AWS with every call on the stand-ins: Rekognition (and S3, which is never reached) and STS. */
    private final class StandInAws implements Backend {
        private final dev.livenessdesk.aws.AwsClients clients = RekognitionStandIn.clients();
        private final AwsBackend aws = new AwsBackend(clients, Clock.systemUTC(), new TwoProfiles());
        private final IdentityService identity = new StsCallerIdentity(clients, new CredentialSources(),
                Optional.of(sts.uri()));

        @Override
        public LivenessSessions livenessSessions(ConnectionSettings connection) {
            return aws.livenessSessions(onStandIn(connection));
        }

        @Override
        public ImageStore imageStore(ConnectionSettings connection) {
            return aws.imageStore(onStandIn(connection));
        }

        @Override
        public ProfileCatalog profiles() {
            return aws.profiles();
        }

        @Override
        public boolean isSandbox() {
            return false;
        }

        @Override
        public Optional<IdentityService> identityService() {
            return Optional.of(identity);
        }

        @Override
        public void close() {
            aws.close();
        }

        private ConnectionSettings onStandIn(ConnectionSettings connection) {
            return new ConnectionSettings(connection.profile(), connection.region(), Optional.of(rekognition.uri()),
                    Optional.of(rekognition.uri()));
        }
    }

    private static final class TwoProfiles implements ProfileCatalog {
        @Override
        public List<String> profileNames() {
            return List.of("default", "qa");
        }

        @Override
        public String activeProfileName() {
            return "default";
        }

        @Override
        public Optional<String> regionOf(String profile) {
            return Optional.of("us-east-1");
        }

        @Override
        public Optional<String> environmentRegion() {
            return Optional.empty();
        }
    }

    private static boolean closed(LocalDatabase database) {
        try {
            database.read(connection -> connection.createStatement().execute("select 1"));
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> profileBox(FxRobot robot) {
        return robot.lookup("#profileBox").queryAs(ComboBox.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return String.valueOf(((Labeled) robot.lookup(query).query()).getText());
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryTextInputControl().getText();
    }
}
