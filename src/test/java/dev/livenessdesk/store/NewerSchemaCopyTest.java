package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file from a newer version that renamed a required column: the read-only copy still shows every session,
 * column by column, fills what it could not read with an empty value, and the notice names that column.
 */
class NewerSchemaCopyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aRenamedRequiredColumnLosesThatColumnNotTheRows() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.add(session(id(1), NOW, "liveness-out"), Optional.of("qa"));
            history.add(session(id(2), NOW.plusSeconds(1), null), Optional.of("ops"));
        }
        Path file = folder.resolve(LocalDatabase.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
            statement.execute("ALTER TABLE history_session RENAME COLUMN region TO aws_region");
        }
        byte[] before = Files.readAllBytes(file);

        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            List<HistoryEntry> listed = new SqliteSessionHistory(database, CLOCK).list();

            assertThat(listed).extracting(HistoryEntry::sessionId).containsExactly(id(2), id(1));
            assertThat(listed).extracting(HistoryEntry::profile).containsExactly(Optional.of("ops"), Optional.of("qa"));
            assertThat(listed).extracting(HistoryEntry::region).containsOnly("");
            assertThat(database.notice().orElseThrow()).startsWith("Your history " + file + " was written by a newer")
                    .endsWith("Update Liveness Desk to keep them. This version could not read some of it, shown empty"
                            + " (times as 1970-01-01): history_session.region.");
        }
        assertThat(Files.readAllBytes(file)).as("the newer file is left as it is").isEqualTo(before);
    }
}
