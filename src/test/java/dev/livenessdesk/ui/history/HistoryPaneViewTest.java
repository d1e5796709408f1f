package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.results.ResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The history list as a user works it, headless, over a real history file and the Rekognition stand-in. */
@ExtendWith(ApplicationExtension.class)
class HistoryPaneViewTest {

    private static final String FIRST = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String SECOND = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30Z");

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private FxTaskRunner tasks;
    private SqliteSessionHistory history;
    private ScriptedHistoryDialogs dialogs;
    private final List<HistoryEntry> reopened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        tasks = new FxTaskRunner(1);
        dialogs = new ScriptedHistoryDialogs();
        Path file = Files.createTempDirectory("history-view").resolve("history.json");
        history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        history.add(session(FIRST, CREATED, "liveness-out"), Optional.of("qa"));
        history.add(session(SECOND, CREATED.plusSeconds(60), null), Optional.empty());
        HistoryViewModel viewModel = new HistoryViewModel(tasks, history, dialogs, ZoneOffset.UTC,
                Clock.systemUTC());
        // As the app wires it: a reopened entry is followed by the Result tab, whose answers come back here.
        ResultsViewModel results = new ResultsViewModel(tasks, new ManualDelayer(), history,
                connection -> new RekognitionLivenessSessions(clients, connection), connection -> {
                    throw new UnsupportedOperationException("no images in this test");
                });
        results.setOnHistoryChanged(viewModel::upsert);
        viewModel.setOnReopen(entry -> {
            reopened.add(entry);
            results.follow(standIn.connection(entry.region()), entry.sessionId());
        });
        stage.setScene(new Scene(new VBox(new HistoryPaneView(viewModel).load()), 1440, 500)); // wide enough for every column: none steps aside (ColumnsThatFit)
        stage.show();
    }

    @Stop
    void stop() {
        tasks.close();
        clients.close();
        standIn.close();
    }

    private static CreatedSession session(String id, Instant at, String bucket) {
        return new CreatedSession(id, at, new SessionSettings("eu-west-1", Optional.ofNullable(bucket),
                bucket == null ? "" : "checks/", 1, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryEntry> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    /**
     * A double click on the row, as the table receives it. The robot's two clicks are not used: on a busy machine
     * they can arrive further apart than the system's double-click time and count as two single clicks.
     */
    @SuppressWarnings("unchecked")
    private static void doubleClick(FxRobot robot, String sessionId) {
        TableRow<HistoryEntry> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(candidate -> candidate.getItem() != null
                        && ((HistoryEntry) candidate.getItem()).sessionId().equals(sessionId))
                .findFirst().orElseThrow();
        robot.interact(() -> row.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 10, 10, 10, 10,
                MouseButton.PRIMARY, 2, false, false, false, false, true, false, false, true, false, true, null)));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        // Generous: the machine running the suite may be busy; a pass never waits this long.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theCreatedTimeShowsItsZoneAndUtcOnHoverAndEmptyRowsHaveNoHover(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        List<javafx.scene.control.TableCell> cells = robot.lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && "createdAtColumn".equals(cell.getTableColumn().getId()))
                .map(cell -> (javafx.scene.control.TableCell) cell)
                .toList();

        javafx.scene.control.TableCell created = cells.stream()
                .filter(cell -> "2025-03-01 10:15:30".equals(cell.getText())).findFirst().orElseThrow();
        robot.moveTo(created);
        waitUntil(() -> created.getTooltip() != null && created.getTooltip().isShowing());
        assertThat(created.getTooltip().getText()).contains("UTC");

        // The table fills its height with empty rows: hovering one shows nothing.
        javafx.scene.control.TableCell blank = cells.stream().filter(javafx.scene.control.TableCell::isEmpty)
                .findFirst().orElseThrow();
        robot.moveTo(blank);
        robot.sleep(1500);
        assertThat(blank.getTooltip()).isNull();
    }

    @Test
    void doubleClickingASessionReopensItAndItsRowShowsTheFreshStatus(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> String.valueOf(cell.getText()))
                .contains(FIRST, "2025-03-01 10:15:30", "qa", "eu-west-1", "liveness-out/checks/", "CREATED");
        standIn.respondResults("{\"SessionId\":\"" + FIRST + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":91.25}");

        doubleClick(robot, FIRST);
        waitUntil(() -> table(robot).getItems().stream()
                .anyMatch(e -> e.sessionId().equals(FIRST) && e.lastStatus().equals("SUCCEEDED")));

        assertThat(reopened).extracting(HistoryEntry::sessionId).containsExactly(FIRST);
        assertThat(robot.lookup("SUCCEEDED").tryQuery()).isPresent();
        assertThat(robot.lookup("91.25").tryQuery()).isPresent();
        assertThat(standIn.lastRequest(RekognitionStandIn.GET_RESULTS).body().path("SessionId").asText())
                .isEqualTo(FIRST);
    }

    @Test
    void theFilterNarrowsTheListAndTheButtonsFollowTheSelection(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(robot.lookup("#reopenButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#filterField").write("liveness-out");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(HistoryEntry::sessionId).containsExactly(FIRST);

        robot.clickOn(FIRST);
        assertThat(robot.lookup("#reopenButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#removeButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void removingAfterConfirmingTakesTheRowAwayOnlyHere(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.clickOn(SECOND);

        robot.clickOn("#removeButton");
        waitUntil(() -> table(robot).getItems().size() == 1);

        assertThat(dialogs.removalQuestions).singleElement().asString()
                .contains("This only removes it from this computer's list");
        assertThat(robot.lookup("#historyMessage").queryAs(Label.class).getText())
                .isEqualTo("Removed 1 session from this computer's list.");
        assertThat(history.list()).extracting(HistoryEntry::sessionId).containsExactly(FIRST);
        assertThat(standIn.requests()).isEmpty();
    }
}
