package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.RekognitionLivenessSessions;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import dev.livenessdesk.ui.results.ResultsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history list's state over a real history file, refreshed through the real SDK against the stand-in. */
class HistoryViewModelTest {

    private static final String FIRST = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String SECOND = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private SqliteSessionHistory history;
    private ScriptedHistoryDialogs dialogs;
    private final List<ConnectionSettings> asked = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        dialogs = new ScriptedHistoryDialogs();
        history.add(session(FIRST, CREATED, "liveness-out"), Optional.of("qa"));
        history.add(session(SECOND, CREATED.plusSeconds(3600), null), Optional.empty());
    }

    @AfterEach
    void stop() {
        clients.close();
        standIn.close();
    }

    private HistoryViewModel viewModel() {
        HistoryViewModel viewModel = new HistoryViewModel(new SynchronousTaskRunner(), history, dialogs, BERLIN,
                Clock.fixed(CREATED, ZoneOffset.UTC));
        viewModel.load();
        return viewModel;
    }

    /** The Result tab as the app wires it: a reopened entry is followed there, and its answers come back here. */
    private ResultsViewModel followingReopened(HistoryViewModel viewModel) {
        ResultsViewModel results = new ResultsViewModel(new SynchronousTaskRunner(), new ManualDelayer(), history,
                connection -> {
                    asked.add(connection);
                    return new RekognitionLivenessSessions(clients, connection);
                }, connection -> {
                    throw new UnsupportedOperationException("no images in these tests");
                });
        results.setOnHistoryChanged(viewModel::upsert);
        // The stand-in plays Rekognition for every entry's region.
        viewModel.setOnReopen(entry -> results.follow(standIn.connection(entry.region())
                .withProfile(entry.profile()), entry.sessionId()));
        return results;
    }

    private static CreatedSession session(String id, Instant at, String bucket) {
        return new CreatedSession(id, at, new SessionSettings("eu-west-1", Optional.ofNullable(bucket),
                bucket == null ? "" : "checks/", 1, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static HistoryEntry entry(HistoryViewModel viewModel, String id) {
        return viewModel.entries().stream().filter(e -> e.sessionId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theListShowsEverySessionNewestFirstInLocalTime() {
        HistoryViewModel viewModel = viewModel();

        assertThat(viewModel.visibleEntries()).extracting(HistoryEntry::sessionId).containsExactly(SECOND, FIRST);
        HistoryEntry first = entry(viewModel, FIRST);
        assertThat(viewModel.columns().createdAtText(first)).isEqualTo("2025-03-01 11:15:30");
        assertThat(HistoryColumns.profileText(first)).isEqualTo("qa");
        assertThat(HistoryColumns.outputText(first)).isEqualTo("liveness-out/checks/");
        HistoryEntry second = entry(viewModel, SECOND);
        assertThat(HistoryColumns.profileText(second)).isEqualTo("(default)");
        assertThat(HistoryColumns.outputText(second)).isEqualTo("(no bucket: images in results)");
        assertThat(viewModel.damagedNoticeProperty().get()).isEmpty();
    }

    @Test
    void theFilterMatchesAnyColumnAsShown() {
        HistoryViewModel viewModel = viewModel();

        viewModel.filterProperty().set("LIVENESS-OUT");
        assertThat(viewModel.visibleEntries()).extracting(HistoryEntry::sessionId).containsExactly(FIRST);
        viewModel.filterProperty().set("12:15");
        assertThat(viewModel.visibleEntries()).extracting(HistoryEntry::sessionId).containsExactly(SECOND);
        viewModel.filterProperty().set("(default)");
        assertThat(viewModel.visibleEntries()).extracting(HistoryEntry::sessionId).containsExactly(SECOND);
        viewModel.filterProperty().set("nothing like this");
        assertThat(viewModel.visibleEntries()).isEmpty();
        viewModel.filterProperty().set(" ");
        assertThat(viewModel.visibleEntries()).hasSize(2);
    }

    @Test
    void reopeningHandsTheEntryOnAndAsksNothingItself() {
        HistoryViewModel viewModel = viewModel();
        List<HistoryEntry> reopened = new ArrayList<>();
        viewModel.setOnReopen(reopened::add);
        viewModel.selection().setAll(entry(viewModel, FIRST));

        viewModel.reopenSelected();

        assertThat(reopened).extracting(HistoryEntry::sessionId).containsExactly(FIRST);
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void theTimelineButtonHandsTheSelectedSessionToTheActivityTab() {
        HistoryViewModel viewModel = viewModel();
        List<String> opened = new ArrayList<>();
        viewModel.setOnTimeline(opened::add);

        viewModel.timelineOfSelected();
        assertThat(opened).as("nothing selected, nothing opened").isEmpty();

        viewModel.selection().setAll(entry(viewModel, FIRST));
        viewModel.timelineOfSelected();

        assertThat(opened).containsExactly(FIRST);
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void aReopenedEntryIsAskedForOnceInItsRegionAndItsRowShowsTheAnswer() throws Exception {
        HistoryViewModel viewModel = viewModel();
        followingReopened(viewModel);
        standIn.respondResults("{\"SessionId\":\"" + FIRST + "\",\"Status\":\"SUCCEEDED\",\"Confidence\":87.5}");
        viewModel.selection().setAll(entry(viewModel, FIRST));

        viewModel.reopenSelected();

        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(1);
        assertThat(asked).singleElement().satisfies(connection -> {
            assertThat(connection.region()).isEqualTo("eu-west-1");
            assertThat(connection.profile()).hasValue("qa");
        });
        assertThat(entry(viewModel, FIRST).lastStatus()).isEqualTo("SUCCEEDED");
        assertThat(HistoryColumns.confidenceText(entry(viewModel, FIRST))).isEqualTo("87.5");
        assertThat(history.list()).filteredOn(e -> e.sessionId().equals(FIRST))
                .singleElement().satisfies(e -> assertThat(e.lastStatus()).isEqualTo("SUCCEEDED"));
    }

    @Test
    void aRefreshThatFailsSaysSoAndKeepsTheEntry() {
        HistoryViewModel viewModel = viewModel();
        ResultsViewModel results = followingReopened(viewModel);
        standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "SessionNotFoundException", "gone");

        viewModel.reopen(entry(viewModel, FIRST));

        assertThat(results.errorProperty().get().message()).startsWith("There is no session " + FIRST);
        assertThat(entry(viewModel, FIRST).lastStatus()).isEqualTo("CREATED");
        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(1);
    }

    @Test
    void removingAsksFirstAndSaysItIsOnlyThisComputersList() throws Exception {
        HistoryViewModel viewModel = viewModel();
        viewModel.selection().setAll(entry(viewModel, FIRST));
        dialogs.confirm = false;

        viewModel.removeSelected();

        assertThat(dialogs.removalQuestions).singleElement().asString()
                .contains("This only removes it from this computer's list");
        assertThat(viewModel.entries()).hasSize(2);

        dialogs.confirm = true;
        viewModel.removeSelected();

        assertThat(viewModel.entries()).extracting(HistoryEntry::sessionId).containsExactly(SECOND);
        assertThat(history.list()).extracting(HistoryEntry::sessionId).containsExactly(SECOND);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Removed 1 session from this computer's list.");
        assertThat(standIn.requests()).isEmpty();
    }

    @Test
    void theSelectionExportsToTheChosenFile() throws Exception {
        HistoryViewModel viewModel = viewModel();
        viewModel.selection().setAll(entry(viewModel, FIRST), entry(viewModel, SECOND));
        dialogs.exportTarget = folder.resolve("chosen.csv");

        viewModel.exportSelected(HistoryExportFormat.CSV);

        assertThat(dialogs.suggestedNames).containsExactly("liveness-sessions-2025-03-01.csv");
        List<String> lines = Files.readAllLines(dialogs.exportTarget);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(SECOND);
        assertThat(lines.get(2)).startsWith(FIRST);
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Exported 2 sessions to " + dialogs.exportTarget + ".");
    }

    @Test
    void cancellingTheFileChoiceWritesNothing() throws Exception {
        HistoryViewModel viewModel = viewModel();
        viewModel.selection().setAll(entry(viewModel, FIRST));

        viewModel.exportSelected(HistoryExportFormat.JSON);

        assertThat(dialogs.suggestedNames).containsExactly("liveness-sessions-2025-03-01.json");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".json")
                    && !name.equals("history.json"));
        }
        assertThat(viewModel.messageProperty().get()).isEmpty();
    }

    @Test
    void aDamagedFileShowsItsNoticeAndTheListStartsEmpty() throws Exception {
        Files.writeString(folder.resolve(LocalDatabase.FILE_NAME), "not a database, not at all".repeat(200));
        try (LocalDatabase damaged = LocalDatabase.open(folder, Clock.fixed(CREATED, ZoneOffset.UTC))) {
            history = new SqliteSessionHistory(damaged, Clock.systemUTC());

            HistoryViewModel viewModel = viewModel();

            assertThat(viewModel.entries()).isEmpty();
            assertThat(viewModel.damagedNoticeProperty().get()).isEqualTo(history.damagedFileNotice().orElseThrow())
                    .contains(LocalDatabase.FILE_NAME);
            viewModel.dismissDamagedNotice();
            assertThat(viewModel.damagedNoticeProperty().get()).isEmpty();
        }
    }

    @Test
    void anEntryUpdatedElsewhereReplacesItsRowAndANewOneComesFirst() throws Exception {
        HistoryViewModel viewModel = viewModel();
        String third = "2b3c4d5e-6f70-8192-a3b4-c5d6e7f8091a";

        viewModel.upsert(history.add(session(third, CREATED.plusSeconds(7200), null), Optional.empty()));
        viewModel.upsert(entry(viewModel, FIRST).withResult(new dev.livenessdesk.core.session.SessionResults(FIRST,
                dev.livenessdesk.core.session.SessionStatus.EXPIRED, "EXPIRED", Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty()), CREATED));

        assertThat(viewModel.entries()).extracting(HistoryEntry::sessionId).containsExactly(third, SECOND, FIRST);
        assertThat(entry(viewModel, FIRST).lastStatus()).isEqualTo("EXPIRED");
    }
}
