package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and the removal over a real history database: what is asked first, what is written. */
class HistoryWritesTest {

    private static final String FIRST = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String SECOND = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
    // Late evening in UTC is already the next day in Tokyo.
    private static final Instant LATE = Instant.parse("2025-03-01T22:30:00Z");

    @TempDir
    Path folder;

    private SqliteSessionHistory history;
    private final ScriptedHistoryDialogs dialogs = new ScriptedHistoryDialogs();
    private HistoryWrites writes;

    @BeforeEach
    void start() throws Exception {
        history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
        history.add(session(FIRST), Optional.empty());
        history.add(session(SECOND), Optional.empty());
        writes = new HistoryWrites(new SynchronousTaskRunner(), history, dialogs, ZoneId.of("Asia/Tokyo"),
                Clock.fixed(LATE, ZoneOffset.UTC));
    }

    private static CreatedSession session(String id) {
        return new CreatedSession(id, LATE, new SessionSettings("eu-west-1", Optional.empty(), "", 1,
                Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private List<HistoryEntry> listed() throws Exception {
        return history.list();
    }

    @Test
    void theExportOffersTodaysDateInTheUsersZoneAndCancellingGivesNoTarget() {
        assertThat(writes.askExportTarget(HistoryExportFormat.JSON)).isEmpty();

        assertThat(dialogs.suggestedNames).containsExactly("liveness-sessions-2025-03-02.json");
    }

    @Test
    void theExportWritesTheEntriesInTheOrderGivenAndSaysWhere() throws Exception {
        Path target = folder.resolve("chosen.csv");
        List<String> told = new ArrayList<>();

        writes.exporting(List.of(listed().get(1), listed().get(0)), HistoryExportFormat.CSV, target)
                .onSuccess(told::add).start();

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(listed().get(1).sessionId());
        assertThat(lines.get(2)).startsWith(listed().get(0).sessionId());
        assertThat(told).containsExactly("Exported 2 sessions to " + target + ".");
    }

    @Test
    void theRemovalAsksNamingOneOrCountingManyAndForgetsOnlyWhatItIsGiven() throws Exception {
        dialogs.confirm = false;
        assertThat(writes.confirmRemoval(List.of(listed().get(0)))).isFalse();
        dialogs.confirm = true;
        assertThat(writes.confirmRemoval(listed())).isTrue();
        assertThat(dialogs.removalQuestions).hasSize(2);
        assertThat(dialogs.removalQuestions.get(0)).contains(listed().get(0).sessionId())
                .contains("This only removes it from this computer's list");
        assertThat(dialogs.removalQuestions.get(1)).startsWith("Remove 2 sessions from the history?");

        List<List<HistoryEntry>> after = new ArrayList<>();
        writes.removing(List.of(FIRST)).onSuccess(after::add).start();

        assertThat(after).singleElement().satisfies(list ->
                assertThat(list).extracting(HistoryEntry::sessionId).containsExactly(SECOND));
        assertThat(listed()).extracting(HistoryEntry::sessionId).containsExactly(SECOND);
    }
}
