package dev.livenessdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Puts a file that cannot be read aside under a dated name, so a fresh one can start and nothing is deleted. */
final class DamagedFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private DamagedFiles() {
    }

    /** Moves the file (and a database's WAL and shared-memory files with it) aside; returns the new name. */
    static Path moveAside(Path file, Clock clock) throws IOException {
        Path aside = freeName(file, ".corrupt-" + STAMP.format(clock.instant()));
        Files.move(file, aside);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.move(part, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    /**
     * Removes the write-ahead log and index of a database kept aside when the log holds nothing (SQLite made them
     * while the rows were read): the kept file alone is then the whole damaged database.
     */
    static void dropEmptyLog(Path aside) {
        Path log = aside.resolveSibling(aside.getFileName() + "-wal");
        try {
            if (Files.exists(log) && Files.size(log) == 0) {
                Files.delete(log);
                Files.deleteIfExists(aside.resolveSibling(aside.getFileName() + "-shm"));
            }
        } catch (IOException stillInUse) {
            // Left beside the kept file; it is part of it.
        }
    }

    /** The file's name plus this suffix, numbered when that name is taken. */
    static Path freeName(Path file, String suffix) {
        String base = file.getFileName() + suffix;
        Path candidate = file.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.resolveSibling(base + "-" + n);
        }
        return candidate;
    }
}
