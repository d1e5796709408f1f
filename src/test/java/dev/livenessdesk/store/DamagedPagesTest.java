package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.testsupport.DamagedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data pages damaged in the middle of the history (page 1 and the schema intact, so the file opens): the first
 * query that meets the damage runs SQLite's integrity check, keeps the damaged file aside, copies every row that
 * can still be read into a new file and says so; the next run works on the new file without a word.
 */
class DamagedPagesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final int SESSIONS = 400;

    @TempDir
    Path folder;

    @Test
    void theRowsOnBothSidesOfTheDamageAreRecoveredIntoANewFileAndTheDamagedOneIsKept() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            for (int n = 0; n < SESSIONS; n++) {
                history.add(session(id(n), NOW.plusSeconds(n), "liveness-out"), Optional.of("qa"));
            }
        }
        Path file = folder.resolve(LocalDatabase.FILE_NAME);
        List<Long> leaves = DamagedPages.leafPages(file, "history_session");
        assertThat(leaves).as("leaf pages of the history").hasSizeGreaterThan(4);
        DamagedPages.overwrite(file, leaves.subList(leaves.size() / 2, leaves.size() / 2 + 1));

        List<HistoryEntry> listed;
        String notice;
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            assertThat(database.notice()).as("the file opens: page 1 is intact").isEmpty();
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            listed = history.list();
            notice = database.notice().orElseThrow();
            // The new file takes changes as the old one did.
            history.add(session(id(SESSIONS), NOW.plusSeconds(SESSIONS), null), Optional.empty());
        }

        Path aside = folder.resolve(LocalDatabase.FILE_NAME + ".corrupt-20250301T101530Z");
        assertThat(listed.size()).as("sessions recovered").isBetween(SESSIONS / 2, SESSIONS - 1);
        assertThat(listed).extracting(HistoryEntry::sessionId).contains(id(0), id(SESSIONS - 1));
        assertThat(notice).startsWith("Your history database was damaged (").contains("it was kept as " + aside,
                "the " + listed.size() + " entries (sessions, campaigns, scenarios) that could still be read were"
                        + " copied into a new one");
        assertThat(Files.exists(aside)).isTrue();
        try (LocalDatabase nextRun = LocalDatabase.open(folder, CLOCK)) {
            assertThat(new SqliteSessionHistory(nextRun, CLOCK).list()).hasSize(listed.size() + 1);
            assertThat(nextRun.notice()).as("the next run says nothing more").isEmpty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    LocalDatabase.FILE_NAME, aside.getFileName().toString());
        }
    }
}
