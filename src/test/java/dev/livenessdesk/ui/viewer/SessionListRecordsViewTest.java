package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.testsupport.NoProfiles;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.TestJpegs;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.awt.Color;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Images tab's session list over a bucket a team shares campaign records in (S3Mock, the real AwsBackend):
 * each session with a record shows its status, confidence and scenario beside its id; a session without one, and
 * a bucket without any, show nothing extra.
 */
@ExtendWith(ApplicationExtension.class)
class SessionListRecordsViewTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String SHARED = "team-campaign";
    private static final String PLAIN = "no-records";
    private static final String PREFIX = "qa/";
    private static final String SCORED = "5e000000-0000-4000-8000-000000000001";
    private static final String IN_FLIGHT = "5e000000-0000-4000-8000-000000000002";
    private static final String UNTAGGED = "5e000000-0000-4000-8000-000000000003";
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    private static AwsClients clients;
    private static AwsBackend aws;
    private static ConnectionSettings connection;
    private FxTaskRunner runner;
    private ImageViewerViewModel viewModel;

    @BeforeAll
    static void seed() throws Exception {
        clients = S3TestConnection.clients();
        aws = new AwsBackend(clients, Clock.systemUTC(), new NoProfiles());
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
        S3Seeder seeder = new S3Seeder(clients.s3(connection)).bucket(SHARED).bucket(PLAIN);
        for (String id : List.of(SCORED, IN_FLIGHT, UNTAGGED)) {
            byte[] jpeg = TestJpegs.jpeg(48, 64, Color.GRAY, "ref");
            seeder.putJpeg(SHARED, PREFIX + id + "/reference.jpg", jpeg);
            seeder.putJpeg(PLAIN, PREFIX + id + "/reference.jpg", jpeg);
        }
        // Written as a teammate's desk writes them: the records adapter over the real SDK.
        var records = aws.sessionRecords(connection).orElseThrow();
        records.write(SHARED, PREFIX, SessionRecord.of(CampaignSession.created(SCORED, START, "us-east-1",
                        "Lobby light", "Printed A4", "ben").withResult("SUCCEEDED", Optional.of(91.34f), List.of()),
                Expectation.attack(AttackSpecies.PRINTED_PHOTO)));
        records.write(SHARED, PREFIX, SessionRecord.of(CampaignSession.created(IN_FLIGHT, START, "us-east-1",
                "Lobby light", "Live, dim light", "ana"), Expectation.BONA_FIDE));
    }

    @AfterAll
    static void close() {
        aws.close();
        clients.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        viewModel = new ImageViewerViewModel(runner, aws::imageStore, text -> { }, name -> Optional.empty());
        viewModel.setSessionRecords(aws::sessionRecords);
        stage.setScene(new Scene(new ImageViewerView(viewModel).load(), 1180, 760));
        stage.show();
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void eachSessionWithARecordShowsItsStatusConfidenceAndScenarioBesideItsId(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.browse(connection, SHARED, PREFIX));

        waitUntil(() -> recordLines(robot).size() == 2);
        assertThat(recordLines(robot)).containsExactlyInAnyOrderEntriesOf(Map.of(
                SCORED, "SUCCEEDED \u00b7 91.3 \u00b7 Printed A4",
                IN_FLIGHT, "CREATED \u00b7 Live, dim light"));
        assertThat(ids(robot)).containsExactlyInAnyOrder(SCORED, IN_FLIGHT, UNTAGGED);
    }

    @Test
    void aBucketWithoutRecordsShowsNothingExtraEvenRightAfterOneWithThem(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.browse(connection, SHARED, PREFIX));
        waitUntil(() -> recordLines(robot).size() == 2);

        robot.interact(() -> viewModel.browse(connection, PLAIN, PREFIX));
        waitUntil(() -> ids(robot).size() == 3 && !viewModel.sessionList().busyProperty().get());
        Thread.sleep(500); // a late answer for the first bucket would land now; it must not show
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(recordLines(robot)).isEmpty();
    }

    /** The record line of each row that shows one, by the row's session id. */
    private static Map<String, String> recordLines(FxRobot robot) throws Exception {
        // Read on the FX thread: a cell emptied between two lookups (its graphic gone) must not be half read.
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".session-cell").queryAll().stream()
                .filter(cell -> cell.lookup(".session-record") instanceof Label line && line.isVisible()
                        && !line.getText().isEmpty() && cell.lookup(".session-id") instanceof Label)
                .collect(Collectors.toMap(cell -> ((Label) cell.lookup(".session-id")).getText(),
                        cell -> ((Label) cell.lookup(".session-record")).getText(), (a, b) -> a))).get();
    }

    private static List<String> ids(FxRobot robot) {
        return robot.lookup(".session-cell .session-id").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> !text.isEmpty()).distinct().toList();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
