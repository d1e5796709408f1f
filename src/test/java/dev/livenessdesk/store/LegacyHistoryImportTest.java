package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.results;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.history.HistoryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The move from history.json: once, every entry kept, the old file kept as a backup, nothing temporary left. */
class LegacyHistoryImportTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aHistoryFileOfTheCurrentFormatIsImportedOnceAndKeptAsABackup() throws Exception {
        // The file as the JSON history of earlier releases wrote it, of the sessions a store holds after these steps.
        LocalDatabase memory = LocalDatabase.forSandbox();
        SqliteSessionHistory old = new SqliteSessionHistory(memory, CLOCK);
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            ids.add(id(n));
            old.add(session(id(n), NOW.minusSeconds(n).plusMillis(n), n % 2 == 0 ? "liveness-out" : null),
                    n % 3 == 0 ? Optional.of("qa") : Optional.empty());
        }
        old.updateResult(id(4), results(id(4), "SUCCEEDED", 98.5f));
        old.updateResult(id(5), results(id(5), "FAILED", 3.25f));
        old.updateResult(id(6), results(id(6), "EXPIRED", null));
        old.updateResult(id(7), new dev.livenessdesk.core.session.SessionResults(id(7),
                dev.livenessdesk.core.session.SessionStatus.FAILED, "FAILED", Optional.of(12f), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(),
                List.of(new dev.livenessdesk.core.session.FeedbackItem("FACE_TOO_FAR", "Move closer")),
                Optional.of("amplify-ui-swift/1.2")));
        List<HistoryEntry> before = old.list();
        memory.close();
        LegacyHistoryFile.write(folder.resolve("history.json"), before);
        byte[] oldBytes = Files.readAllBytes(folder.resolve("history.json"));
        // What a crash of the old writer left behind.
        Files.writeString(folder.resolve(".history.json.123456.tmp"), "{\"version\":1,\"sess");

        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            assertThat(new SqliteSessionHistory(database, CLOCK).list()).isEqualTo(before);
            assertThat(database.notice()).isEmpty();
        }
        assertThat(folder.resolve("history.json")).doesNotExist();
        assertThat(Files.readAllBytes(folder.resolve("history.json.imported"))).isEqualTo(oldBytes);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(LocalDatabase.FILE_NAME, "history.json.imported");
        }

        // Opening again imports nothing twice, and forgetting a session stays forgotten.
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.remove(List.of(id(1)));
        }
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            assertThat(new SqliteSessionHistory(database, CLOCK).list()).hasSize(24)
                    .extracting(HistoryEntry::sessionId).doesNotContain(id(1));
        }
    }

    @Test
    void aFileFromANewerVersionLosesNothing() throws Exception {
        String newer = """
                {"version": 3, "tool": "liveness-desk 9.0", "sessions": [
                  {"sessionId": "%s", "createdAt": "2025-03-01T10:00:00.5Z", "region": "us-east-1",
                   "bucket": "liveness-out", "keyPrefix": "qa/", "auditImagesLimit": 2, "lastStatus": "SUCCEEDED",
                   "confidence": 91.5, "lastChecked": "2025-03-01T10:05:00Z",
                   "feedbackCodes": ["FACE_TOO_FAR"], "tester": {"name": "ana"}},
                  {"sessionId": "%s", "region": "us-east-1", "scheduledFor": "tomorrow"},
                  {"sessionId": "%s", "createdAt": "2025-03-01T09:00:00Z", "region": "us-east-1",
                   "confidence": "high", "auditImagesLimit": "two"}
                ]}""".formatted(id(1), id(2), id(3));
        Files.writeString(folder.resolve("history.json"), newer);

        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            List<HistoryEntry> entries = new SqliteSessionHistory(database, CLOCK).list();
            assertThat(entries).extracting(HistoryEntry::sessionId).containsExactly(id(1), id(3));
            assertThat(entries.get(0).confidence()).hasValue(91.5f);
            assertThat(entries.get(0).feedbackCodes()).containsExactly("FACE_TOO_FAR");
            assertThat(entries.get(1).confidence()).isEmpty();
            assertThat(database.notice()).hasValue("One entry of your old history lacked a session id, a time or a"
                    + " region; they are kept in the database and in " + folder.resolve("history.json.imported")
                    + ".");
            ObjectMapper json = new ObjectMapper();
            database.read(connection -> {
                try (ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT session_id, extra_json FROM history_session ORDER BY session_id")) {
                    rows.next();
                    assertThat(json.readTree(rows.getString(2)))
                            .isEqualTo(json.readTree("{\"tester\":{\"name\":\"ana\"}}"));
                    rows.next();
                    assertThat(json.readTree(rows.getString(2)))
                            .isEqualTo(json.readTree("{\"confidence\":\"high\",\"auditImagesLimit\":\"two\"}"));
                }
                try (ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT raw_json FROM unreadable_history")) {
                    rows.next();
                    assertThat(json.readTree(rows.getString(1))).isEqualTo(json.readTree("{\"sessionId\":\"" + id(2)
                            + "\",\"region\":\"us-east-1\",\"scheduledFor\":\"tomorrow\"}"));
                    assertThat(rows.next()).isFalse();
                }
                return null;
            });
        }
        assertThat(Files.readString(folder.resolve("history.json.imported"))).isEqualTo(newer);
    }

    @Test
    void aDamagedHistoryFileIsKeptAsideAndTheHistoryStartsEmpty() throws Exception {
        Files.writeString(folder.resolve("history.json"), "{\"version\":1,\"sessions\":[{\"sessionId\":");
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            assertThat(new SqliteSessionHistory(database, CLOCK).list()).isEmpty();
            assertThat(database.notice()).hasValue("Your old history file could not be read; it was kept as "
                    + folder.resolve("history.json.corrupt") + " and the history starts empty.");
        }
        assertThat(Files.readString(folder.resolve("history.json.corrupt")))
                .isEqualTo("{\"version\":1,\"sessions\":[{\"sessionId\":");
    }
}
