package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder the user may not write (a locked-down machine, a full disk mounted read-only): the history is still
 * listed, with a notice that new sessions are not remembered, and the folder is left exactly as it was. Run in a
 * child JVM that cannot override permissions, since CI runs as root.
 */
class ReadOnlyFolderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @TempDir
    Path folder;

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theDatabaseIsListedReadOnlyWithANotice() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
            history.add(session(id(1), NOW, "liveness-out"), Optional.empty());
            history.add(session(id(2), NOW.plusSeconds(1), null), Optional.empty());
        }
        List<String> seen = probeReadOnly();

        assertThat(seen).containsExactly("REMEMBERS false",
                "NOTICE The data folder " + folder.toRealPath() + " cannot be written: your history is shown, but"
                        + " sessions you create now are not remembered after you close the app. Make the folder"
                        + " writable to keep them.",
                "BEFORE " + id(2) + "," + id(1), "AFTER 3");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly(LocalDatabase.FILE_NAME);
        }
    }

    @Test
    void anOldHistoryFileNotYetImportedIsListedToo() throws Exception {
        try (LocalDatabase memory = LocalDatabase.forSandbox()) {
            SqliteSessionHistory old = new SqliteSessionHistory(memory, Clock.systemUTC());
            old.add(session(id(7), NOW, "liveness-out"), Optional.of("qa"));
            LegacyHistoryFile.write(folder.resolve("history.json"), old.list());
        }

        List<String> seen = probeReadOnly();

        assertThat(seen).first().isEqualTo("REMEMBERS false");
        assertThat(seen).contains("BEFORE " + id(7), "AFTER 2");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("history.json");
        }
    }

    private List<String> probeReadOnly() throws Exception {
        boolean root = ChildJvm.runningAsRoot();
        assumeTrue(!root || ChildJvm.canRunUnprivileged(),
                "as root, a read-only folder needs 'unshare --user' to be held to its permission bits");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        return ChildJvm.outputOf(ChildJvm.start(root, "probe", folder.toRealPath().toString()));
    }
}
