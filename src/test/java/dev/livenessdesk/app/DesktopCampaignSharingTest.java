package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.testsupport.FxWait;
import dev.livenessdesk.testsupport.NoProfiles;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.core.sync.ResponseTransformer;

/**
 * The whole window sharing a campaign through a bucket: the sandbox plays the checks, S3 is S3Mock through the
 * real AwsBackend. The tester is asked once for the bucket (the real dialog), the record lands beside the images
 * and follows the result, and the Images tab's list shows it beside the session id.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopCampaignSharingTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "desk-share";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AwsClients clients;
    private static AwsBackend aws;

    private DesktopWindow window;
    private Stage stage;
    private FxTaskRunner tasks;
    private SandboxBackend sandbox;
    private final InMemoryCampaignStore campaigns = new InMemoryCampaignStore();

    @BeforeAll
    static void bucket() {
        clients = S3TestConnection.clients();
        aws = new AwsBackend(clients, Clock.systemUTC(), new NoProfiles());
        new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).bucket(BUCKET);
    }

    @AfterAll
    static void close() {
        aws.close();
        clients.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path data = Files.createTempDirectory("desktop-share");
        sandbox = new SandboxBackend();
        tasks = new FxTaskRunner(2);
        window = new DesktopWindow(stage, new DesktopServices(
                new SharedBucketBackend(sandbox, aws, S3_MOCK.getHttpPort()),
                new JsonPreferencesStore(data.resolve("preferences.json")),
                new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { }, false,
                CheckPageHost.NONE, campaigns));
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1180);
        stage.setHeight(760);
    }

    @Stop
    void stop() {
        window.dispose();
        tasks.close();
        sandbox.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTesterIsAskedOnceAndTheRecordFollowsTheSessionIntoTheBucket(FxRobot robot) throws Exception {
        robot.clickOn("#bucketField").write(BUCKET);
        robot.clickOn("#prefixField").write("qa/");
        robot.clickOn("#campaignTab");
        robot.clickOn("#newCampaignName").write("Lobby light");
        robot.clickOn("#createCampaignButton");
        FxWait.until(20, () -> label(robot, "#taggingLabel").contains("has no scenario yet"));
        robot.clickOn("#newScenarioName").write("Live");
        robot.clickOn("#addScenarioButton");
        FxWait.until(20, () -> label(robot, "#taggingLabel").contains("'Live'"));

        TableView<CampaignSession> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        robot.clickOn("#nextButton");
        FxWait.until(20, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo("Share campaign records in s3://desk-share?");
        assertThat(((Label) question.getContent()).getText()).isEqualTo("Each session's record (scenario, "
                + "result, tester) is written next to its images, so teammates' desks see the campaign.");
        robot.clickOn("Share records");
        FxWait.until(20, () -> table.getItems().size() == 1);
        String first = table.getItems().get(0).sessionId();
        FxWait.until(20, () -> record(first).map(r -> r.get("status").asText().equals("CREATED")).orElse(false));
        assertThat(record(first).orElseThrow().get("scenario").asText()).isEqualTo("Live");

        robot.clickOn("#campaignSimulateLiveButton");
        FxWait.until(20, () -> record(first).map(r -> r.get("status").asText().equals("SUCCEEDED")).orElse(false));
        assertThat(record(first).orElseThrow().get("confidence").floatValue())
                .isEqualTo(table.getItems().get(0).confidence().orElseThrow());

        robot.clickOn("#nextButton");
        FxWait.until(20, () -> table.getItems().size() == 2);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("asked once for this bucket").isEmpty();
        String second = table.getItems().get(1).sessionId();
        FxWait.until(20, () -> record(second).isPresent());

        robot.clickOn("#imagesTab");
        robot.clickOn("#refreshButton");
        String confidence = String.format(java.util.Locale.ROOT, "%.1f",
                table.getItems().get(0).confidence().orElseThrow());
        FxWait.until(20, () -> rowText(robot, first).equals("SUCCEEDED \u00b7 " + confidence + " \u00b7 Live"));
        FxWait.until(20, () -> rowText(robot, second).equals("CREATED \u00b7 Live"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeammatesSessionOpenedFromTheBucketIsRewrittenOnlyAfterTheQuestion(FxRobot robot) throws Exception {
        String theirs = "b0000000-0000-4000-8000-00000000d001";
        String key = "team/" + theirs + "/" + SessionRecords.FILE_NAME;
        String original = teammatesRecord(theirs, "Bona fide daylight", "bona-fide");
        S3Seeder seeder = new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())));
        seeder.putText(BUCKET, key, original);
        seeder.putText(BUCKET, "team/b0000000-0000-4000-8000-00000000d002/" + SessionRecords.FILE_NAME,
                teammatesRecord("b0000000-0000-4000-8000-00000000d002", "Silicone mask", "attack:mask"));
        robot.clickOn("#campaignTab");
        robot.clickOn("#openBucketName").write(BUCKET);
        robot.clickOn("#openBucketPrefix").write("team/");
        robot.clickOn("#openBucketButton");
        TableView<CampaignSession> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        FxWait.until(20, () -> table.getItems().size() == 2);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("opening only reads").isEmpty();

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(s -> s.sessionId().equals(theirs)).findFirst().orElseThrow()));
        ComboBox<Scenario> retag = robot.lookup("#retagChoice").queryAs(ComboBox.class);
        robot.interact(() -> retag.setValue(retag.getItems().stream().filter(s -> s.name().equals("Silicone mask"))
                .findFirst().orElseThrow()));
        robot.clickOn("#retagButton");
        FxWait.until(20, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Share campaign records in s3://desk-share?");
        robot.clickOn("Keep on this computer");

        Label message = robot.lookup("#campaignMessage").queryAs(Label.class);
        FxWait.until(20, () -> message.getText().contains("keeps its earlier state"));
        assertThat(message.getText()).isEqualTo("The record of session b0000000 in s3://desk-share keeps its"
                + " earlier state: you chose not to write records there. The change stays on this computer.");
        WaitForAsyncUtils.waitForFxEvents();
        // Shown whole: no ellipsis in the drawn text, and inside the window at its default size.
        Text drawn = (Text) message.lookup(".text");
        assertThat(drawn.getText().replace("\n", " ")).isEqualTo(message.getText());
        assertThat(message.localToScene(message.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(message.getScene().getWidth());
        snapshot(robot, "campaign-not-rewritten-1180x760.png");
        assertThat(JSON.readTree(object(key))).isEqualTo(JSON.readTree(original));
        assertThat(table.getItems().stream().filter(s -> s.sessionId().equals(theirs)).findFirst().orElseThrow()
                .scenarioName()).isEqualTo("Silicone mask");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeammatesBidiOverrideAndControlCharactersAreShownNotObeyed(FxRobot robot) throws Exception {
        String theirs = "b0000000-0000-4000-8000-00000000d003";
        new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).putText(BUCKET,
                "odd/" + theirs + "/" + SessionRecords.FILE_NAME, teammatesRecord(theirs, "Bona fide daylight",
                        "bona-fide").replace("\"tester\":\"bea\"", "\"tester\":\"\\u202Egnp.exe\"")
                        .replace("\"excluded\":false", "\"excluded\":false,\"note\":\"lamp \\u001b[2J off\""));
        robot.clickOn("#campaignTab");
        robot.clickOn("#openBucketName").write(BUCKET);
        robot.clickOn("#openBucketPrefix").write("odd/");
        robot.clickOn("#openBucketButton");
        TableView<CampaignSession> table = robot.lookup("#campaignTable").queryAs(TableView.class);
        FxWait.until(20, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> drawn = robot.lookup("#campaignTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(text -> text != null && !text.isEmpty()).toList();
        assertThat(drawn).contains("[U+202E]gnp.exe").anyMatch(text -> text.endsWith("lamp [U+001B][2J off"));
        assertThat(drawn).noneMatch(text -> text.contains("\u202E") || text.contains("\u001b"));
    }

    private static String teammatesRecord(String id, String scenario, String expect) {
        return """
                {"version":1,"session_id":"%s","campaign":"Team masks","scenario":"%s","expect":"%s",
                 "created_at":"2026-12-01T09:05:00Z","tester":"bea","region":"us-east-1","status":"SUCCEEDED",
                 "confidence":91.5,"feedback_codes":[],"excluded":false,"lab":"north"}""".formatted(id, scenario,
                expect);
    }

    private static byte[] object(String key) {
        return clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(b -> b.bucket(BUCKET).key(key),
                ResponseTransformer.toBytes()).asByteArray();
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        BufferedImage picture = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        ImageIO.write(picture, "png", shots.resolve(name).toFile());
    }

    private static Optional<JsonNode> record(String sessionId) {
        try {
            byte[] bytes = clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(b -> b
                    .bucket(BUCKET).key("qa/" + sessionId + "/" + SessionRecords.FILE_NAME),
                    ResponseTransformer.toBytes()).asByteArray();
            return Optional.of(JSON.readTree(bytes));
        } catch (Exception notThereYet) {
            return Optional.empty();
        }
    }

    /** The record line the Images tab's list shows for a session, "" when its row shows none. */
    private static String rowText(FxRobot robot, String sessionId) {
        return robot.lookup(".session-cell").queryAll().stream()
                .filter(cell -> cell.lookup(".session-id") instanceof Label id && id.getText().equals(sessionId))
                .map(cell -> (Label) cell.lookup(".session-record"))
                .filter(line -> line != null && line.isVisible()).map(Label::getText).findFirst().orElse("");
    }

    private static String label(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** The sandbox's sessions and play strip, with S3 (images and records) at S3Mock through the AWS adapters. */
    private record SharedBucketBackend(SandboxBackend sandbox, AwsBackend aws, int s3Port) implements Backend {

        @Override
        public LivenessSessions livenessSessions(ConnectionSettings connection) {
            return sandbox.livenessSessions(connection);
        }

        @Override
        public ImageStore imageStore(ConnectionSettings connection) {
            return aws.imageStore(S3TestConnection.settings(s3Port));
        }

        @Override
        public Optional<SessionRecords> sessionRecords(ConnectionSettings connection) {
            return aws.sessionRecords(S3TestConnection.settings(s3Port));
        }

        @Override
        public ProfileCatalog profiles() {
            return sandbox.profiles();
        }

        @Override
        public boolean isSandbox() {
            return true;
        }

        @Override
        public Optional<CheckSimulator> checkSimulator() {
            return sandbox.checkSimulator();
        }

        @Override
        public void close() {
            // The parts are the test's, closed after it.
        }
    }
}
