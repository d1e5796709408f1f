package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.files.AppDirectories;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that make the database, as a user sees them: {@code liveness-desk.db} alone holds the history once a
 * desk has closed (a user copies or backs up that one file), and a run leaves nothing in the temporary folder,
 * even when it is killed.
 */
class DatabaseFilesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @Test
    void theDatabaseFileAloneHoldsEverySessionOnceADeskClosesWhileAnotherStaysOpen() throws Exception {
        try (LocalDatabase app = LocalDatabase.open(folder, Clock.systemUTC())) {
            new SqliteSessionHistory(app, Clock.systemUTC()).list();
            try (LocalDatabase command = LocalDatabase.open(folder, Clock.systemUTC())) {
                SqliteSessionHistory history = new SqliteSessionHistory(command, Clock.systemUTC());
                for (int n = 0; n < 30; n++) {
                    history.add(session(id(n), NOW.plusSeconds(n), "liveness-out"), Optional.of("qa"));
                }
            }
            // The app is still open: the user backs up the one file the README names.
            Files.copy(folder.resolve(LocalDatabase.FILE_NAME), elsewhere.resolve(LocalDatabase.FILE_NAME));
            assertThat(Files.size(folder.resolve(LocalDatabase.FILE_NAME + "-wal"))).as("the log after the command")
                    .isZero();
        }
        try (LocalDatabase copy = LocalDatabase.open(elsewhere, Clock.systemUTC())) {
            assertThat(new SqliteSessionHistory(copy, Clock.systemUTC()).list()).hasSize(30);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(LocalDatabase.FILE_NAME);
        }
    }

    @Test
    void killedRunsLeaveNothingInTheTemporaryFolderAndTheLibraryIsUnpackedOnce() throws Exception {
        Path temporary = Files.createDirectories(elsewhere.resolve("tmp"));
        Path data = Files.createDirectories(elsewhere.resolve("data"));
        for (int kill = 0; kill < 3; kill++) {
            Process child = ChildJvm.start(List.of("-Djava.io.tmpdir=" + temporary,
                    "-D" + AppDirectories.OVERRIDE_PROPERTY + "=" + data), false,
                    "write-forever", folder.toString(), String.valueOf(kill * 1000));
            BufferedReader lines = ChildJvm.lines(child);
            assertThat(lines.readLine()).isEqualTo("OPEN");
            assertThat(lines.readLine()).startsWith("ACK ");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Stream<Path> left = Files.walk(temporary)) {
            assertThat(left.filter(Files::isRegularFile)).as("files left in the temporary folder").isEmpty();
        }
        try (Stream<Path> unpacked = Files.walk(data)) {
            assertThat(unpacked.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .as("the native library, once").containsExactly(System.mapLibraryName("sqlitejdbc"));
        }
    }
}
