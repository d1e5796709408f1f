package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.results;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history in the database as a user relies on it: kept between runs, by two desks at once, for this user only. */
class SqliteSessionHistoryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void theSandboxKeepsItsSessionsForTheRunOnlyAndApartFromTheAwsHistory() throws Exception {
        try (LocalDatabase sandbox = LocalDatabase.forSandbox(); LocalDatabase aws = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory played = new SqliteSessionHistory(sandbox, CLOCK);
            played.add(session(id(1), NOW, null), Optional.of("sandbox"));
            new SqliteSessionHistory(aws, CLOCK).add(session(id(2), NOW, "liveness-out"), Optional.of("qa"));

            assertThat(played.list()).extracting(HistoryEntry::sessionId).containsExactly(id(1));
            assertThat(new SqliteSessionHistory(aws, CLOCK).list()).extracting(HistoryEntry::sessionId)
                    .containsExactly(id(2));
            assertThat(sandbox.remembers()).isFalse();
            assertThat(sandbox.notice()).as("no notice: forgetting is what the sandbox promises").isEmpty();
        }
        try (LocalDatabase nextRun = LocalDatabase.forSandbox()) {
            assertThat(new SqliteSessionHistory(nextRun, CLOCK).list()).as("the next sandbox run starts empty")
                    .isEmpty();
        }
    }

    @Test
    void sessionsAndTheirLastResultsSurviveARestart() throws Exception {
        String first = id(1);
        String second = id(2);
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.add(session(first, NOW.minusSeconds(60), "liveness-out"), Optional.of("qa"));
            history.add(session(second, NOW.plusNanos(123_456_789), null), Optional.empty());
            history.updateResult(first, results(first, "SUCCEEDED", 97.25f));
        }

        List<HistoryEntry> reopened;
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            reopened = new SqliteSessionHistory(database, CLOCK).list();
            assertThat(database.remembers()).isTrue();
            assertThat(database.notice()).isEmpty();
        }

        assertThat(reopened).extracting(HistoryEntry::sessionId).containsExactly(second, first);
        assertThat(reopened.get(0).createdAt()).isEqualTo(NOW.plusNanos(123_456_789));
        HistoryEntry checked = reopened.get(1);
        assertThat(checked.profile()).hasValue("qa");
        assertThat(checked.outputLocation()).isEqualTo("liveness-out/checks/");
        assertThat(checked.auditImagesLimit()).isEqualTo(2);
        assertThat(checked.lastStatus()).isEqualTo("SUCCEEDED");
        assertThat(checked.confidence()).hasValue(97.25f);
        assertThat(checked.lastChecked()).hasValue(NOW);
        assertThat(reopened.get(0).bucket()).isEmpty();
        assertThat(reopened.get(0).confidence()).isEmpty();
    }

    @Test
    void feedbackCodesAndTheClientSurviveARestart() throws Exception {
        SessionResults withFeedback = new SessionResults(id(1), SessionStatus.SUCCEEDED, "SUCCEEDED",
                Optional.of(42f), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(new FeedbackItem("LOW_LIGHTING_DETECTED", "Too dark"), new FeedbackItem("NEW_CODE_2027", "")),
                Optional.of("amplify-ui-react/6.1"));
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.add(session(id(1), NOW, "liveness-out"), Optional.empty());
            history.updateResult(id(1), withFeedback);
        }
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            HistoryEntry entry = new SqliteSessionHistory(database, CLOCK).list().get(0);
            assertThat(entry.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED", "NEW_CODE_2027");
            assertThat(entry.clientSdk()).hasValue("amplify-ui-react/6.1");
        }
    }

    @Test
    void aReusedTokenKeepsTheStatusAlreadyKnownAndAStatusNewerThanTheAppIsKeptAsSent() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.add(session(id(1), NOW, "liveness-out"), Optional.empty());
            history.updateResult(id(1), results(id(1), "UNDER_REVIEW", 50f));
            HistoryEntry again = history.add(session(id(1), NOW, "liveness-out"), Optional.of("qa"));

            assertThat(again.lastStatus()).isEqualTo("UNDER_REVIEW");
            assertThat(history.list()).singleElement().satisfies(entry -> {
                assertThat(entry.lastStatus()).isEqualTo("UNDER_REVIEW");
                assertThat(entry.profile()).hasValue("qa");
                assertThat(entry.confidence()).hasValue(50f);
            });
            assertThat(history.updateResult(id(9), results(id(9), "SUCCEEDED", 1f))).isEmpty();
        }
    }

    @Test
    void removingForgetsOnlyTheChosenSessions() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            for (int n = 1; n <= 4; n++) {
                history.add(session(id(n), NOW.plusSeconds(n), null), Optional.empty());
            }
            history.remove(List.of(id(2), id(4), id(7)));
            assertThat(history.list()).extracting(HistoryEntry::sessionId).containsExactly(id(3), id(1));
        }
    }

    @Test
    void theDatabaseAndItsWalFilesAreForThisUserOnlyAndNothingTemporaryIsLeft() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            new SqliteSessionHistory(database, CLOCK).add(session(id(1), NOW, null), Optional.empty());
            for (String name : List.of(LocalDatabase.FILE_NAME, LocalDatabase.FILE_NAME + "-wal",
                    LocalDatabase.FILE_NAME + "-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))))
                        .as(name).isEqualTo("rw-------");
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(LocalDatabase.FILE_NAME);
        }
    }

    @Test
    void aDatabaseMadeWorldReadableBeforeIsMadeOwnerOnlyAgain() throws Exception {
        LocalDatabase.open(folder, CLOCK).close();
        Path file = folder.resolve(LocalDatabase.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        LocalDatabase.open(folder, CLOCK).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aDamagedDatabaseIsKeptAsideAndANewOneStarted() throws Exception {
        Files.writeString(folder.resolve(LocalDatabase.FILE_NAME), "this is not a database, it is a note");
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            new SqliteSessionHistory(database, CLOCK).add(session(id(1), NOW, null), Optional.empty());
            Path aside = folder.resolve(LocalDatabase.FILE_NAME + ".corrupt-20250301T101530Z");
            assertThat(database.notice()).hasValue("Your history database was damaged; it was kept as " + aside
                    + " and a new one started.");
            assertThat(Files.readString(aside)).isEqualTo("this is not a database, it is a note");
            assertThat(new SqliteSessionHistory(database, CLOCK).list()).hasSize(1);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsShownReadOnlyAndNeverRewritten() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            new SqliteSessionHistory(database, CLOCK).add(session(id(1), NOW, "liveness-out"), Optional.of("qa"));
        }
        Path file = folder.resolve(LocalDatabase.FILE_NAME);
        // What a later version might do: a new step, a new column filled in, a new table.
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
            statement.execute("ALTER TABLE history_session ADD COLUMN tester TEXT");
            statement.execute("UPDATE history_session SET tester = 'ana'");
            statement.execute("CREATE TABLE future_things (x TEXT)");
            statement.execute("INSERT INTO future_things VALUES ('kept')");
        }
        byte[] before = Files.readAllBytes(file);

        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            assertThat(database.remembers()).isFalse();
            assertThat(database.notice()).hasValue("Your history " + file + " was written by a newer Liveness Desk"
                    + " (database version 99; this one knows up to " + Migrations.LATEST + "). It is shown read-only"
                    + " and left as it is: sessions you create now are not remembered after you close the app."
                    + " Update Liveness Desk to keep them.");
            assertThat(history.list()).singleElement().satisfies(entry -> {
                assertThat(entry.sessionId()).isEqualTo(id(1));
                assertThat(entry.profile()).hasValue("qa");
            });
            // This run still works on its copy: the session appears, then is gone after a restart.
            history.add(session(id(2), NOW.plusSeconds(1), null), Optional.empty());
            history.updateResult(id(1), results(id(1), "SUCCEEDED", 99f));
            assertThat(history.list()).extracting(HistoryEntry::sessionId).containsExactly(id(2), id(1));
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT tester, last_status FROM history_session")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("ana");
            assertThat(rows.getString(2)).isEqualTo("CREATED");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void twoDesksWritingAtOnceKeepEverySession() throws Exception {
        int perDesk = 40;
        try (LocalDatabase firstDesk = LocalDatabase.open(folder, Clock.systemUTC());
             LocalDatabase secondDesk = LocalDatabase.open(folder, Clock.systemUTC())) {
            List<SqliteSessionHistory> desks = List.of(new SqliteSessionHistory(firstDesk, Clock.systemUTC()),
                    new SqliteSessionHistory(secondDesk, Clock.systemUTC()));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    SqliteSessionHistory desk = desks.get(thread % 2);
                    for (int n = 0; n < perDesk / 2; n++) {
                        String sessionId = id(thread * 1000 + n);
                        desk.add(session(sessionId, NOW.plusSeconds(n), null), Optional.empty());
                        desk.updateResult(sessionId, results(sessionId, "SUCCEEDED", 90f));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> each : done) {
                each.get();
            }
            pool.shutdown();
            assertThat(desks.get(1).list()).hasSize(2 * perDesk)
                    .allSatisfy(entry -> assertThat(entry.lastStatus()).isEqualTo("SUCCEEDED"));
        }
    }
}
