package dev.livenessdesk.store;

import dev.livenessdesk.core.files.AtomicFiles;
import dev.livenessdesk.core.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * How the data folder's database gets opened, and what happens when it cannot be opened as it is: a damaged file
 * is moved aside and a new one started, a folder this user cannot write or a file from a newer schema is copied
 * into memory (read-only for the file), and the old history.json is imported. Kept apart from
 * {@link LocalDatabase}, which does the read and write work on the open connection, because every way of
 * opening ends in the same kind of database and none of these rules matter once it is open.
 */
final class DatabaseOpener {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DatabaseOpener() {
    }

    /** @see LocalDatabase#open */
    static LocalDatabase open(Path folder, Clock clock) throws IOException {
        SqliteNativeLibrary.prepare();
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(LocalDatabase.FILE_NAME);
        LegacyHistoryImport legacy = new LegacyHistoryImport(dir);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            // Nothing to read, and nothing of it is touched (not even its permissions).
            return readOnlyCopy(file, legacy, StoreMessages.get("store.notAFile", file.toString()));
        }
        if (!canWrite(dir, file)) {
            return readOnlyCopy(file, legacy, StoreMessages.get("store.readOnlyFolder", dir.toString()));
        }
        legacy.removeLeftoverTemporaryFiles();
        String damagedNotice = null;
        Connection connection;
        try {
            connection = openFile(file);
        } catch (SQLException damaged) {
            if (!isDamaged(damaged)) {
                return readOnlyCopy(file, legacy, whyNotWritable(dir, damaged));
            }
            Path keptAs = DamagedFiles.moveAside(file, clock);
            connection = openFileOrFail(file);
            damagedNotice = StoreMessages.get("store.damaged", keptAs.toString());
            if (Files.size(keptAs) > 0) {
                damagedNotice = recoverInto(connection, keptAs, damaged.getMessage());
            }
        }
        try {
            connection.setAutoCommit(false);
            int version = Migrations.currentVersion(connection);
            if (version > Migrations.LATEST) {
                connection.rollback();
                connection.close();
                return readOnlyCopy(file, legacy,
                        StoreMessages.get("store.newerVersion", file.toString(), version, Migrations.LATEST), true);
            }
            Migrations.applyAfter(connection, version);
            LegacyHistoryImport.Outcome imported = legacy.importInto(connection);
            connection.commit();
            connection.setAutoCommit(true);
            legacy.keepAsBackup();
            String notice = damagedNotice != null ? damagedNotice : imported.notice(legacy).orElse(null);
            return new LocalDatabase(file, connection, true, notice, clock);
        } catch (SQLException failed) {
            LocalDatabase.closeQuietly(connection);
            if (FullDisk.caused(failed, dir)) {
                return readOnlyCopy(file, legacy, StoreMessages.get("store.diskFull", dir.toString()));
            }
            throw new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
        }
    }

    /** The rows of the damaged file that can be read, in the new file's schema; the notice that says what happened. */
    static String recoverInto(Connection fresh, Path keptAs, String problem) throws IOException {
        try {
            fresh.setAutoCommit(false);
            Migrations.applyAfter(fresh, Migrations.currentVersion(fresh));
            fresh.commit();
            fresh.setAutoCommit(true);
        } catch (SQLException failed) {
            throw new IOException(StoreMessages.get("store.unreadable", keptAs.toString(), failed.getMessage()), failed);
        }
        Salvage.Outcome outcome = Salvage.copyReadableRows(fresh, keptAs);
        DamagedFiles.dropEmptyLog(keptAs);
        if (outcome.copied() == 0 && outcome.damagedRowsLeft()) {
            return StoreMessages.get("store.damaged", keptAs.toString());
        }
        return StoreMessages.get(outcome.damagedRowsLeft() || outcome.refused() > 0 ? "store.recoveredPart"
                : "store.recovered", keptAs.toString(), problem, outcome.copied());
    }

    /** Why a file that is not damaged could not be opened for writing, in the words of what to do about it. */
    private static String whyNotWritable(Path dir, SQLException failed) {
        if (FullDisk.caused(failed, dir)) {
            return StoreMessages.get("store.diskFull", dir.toString());
        }
        return StoreMessages.get("store.readOnlyFolder", dir.toString());
    }

    private static boolean canWrite(Path dir, Path file) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
        return Files.isWritable(dir) && (!Files.exists(file) || Files.isWritable(file));
    }

    static Connection openFileOrFail(Path file) throws IOException {
        try {
            return openFile(file);
        } catch (SQLException failed) {
            throw new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
        }
    }

    private static Connection openFile(Path file) throws SQLException {
        try {
            ownerOnly(file);
        } catch (IOException e) {
            throw new SQLiteException(e.getMessage(), SQLiteErrorCode.SQLITE_CANTOPEN);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(LocalDatabase.BUSY_TIMEOUT_MILLIS);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // Sorting and indexing scratch stays in memory: no temporary file ever lands beside the database.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        try (var probe = connection.createStatement()) {
            // Reading the schema proves the file is a database; a damaged one fails here, not on first use.
            probe.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException damaged) {
            LocalDatabase.closeQuietly(connection);
            throw damaged;
        }
        return connection;
    }

    /**
     * The database and its WAL and shared-memory files are for this user only: SQLite gives those two the mode of
     * the database file, so the file is created 0600 before SQLite first opens it. On Windows the file's access list
     * is cut to its owner's entry instead (OwnerOnly); the WAL files SQLite makes there inherit the data folder's.
     */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.notExists(file)) {
            try {
                if (AtomicFiles.isPosix()) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createFile(file);
                }
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Another desk created it first; it restricted it too.
            }
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part) && !OwnerOnly.isRestricted(part)) {
                OwnerOnly.restrict(part);
            }
        }
    }

    private static boolean isDamaged(SQLException failed) {
        return failed instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT);
    }

    /** The file's content (and an old history.json's) in memory, this version's schema, with the given notice. */
    private static LocalDatabase readOnlyCopy(Path file, LegacyHistoryImport legacy, String notice) throws IOException {
        return readOnlyCopy(file, legacy, notice, false);
    }

    /** @param fromNewerVersion the file was written by a newer version: what it lacks was renamed or dropped */
    private static LocalDatabase readOnlyCopy(Path file, LegacyHistoryImport legacy, String notice,
                                              boolean fromNewerVersion) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection memory = null;
        try {
            // Auto-commit throughout: SQLite refuses ATTACH inside a transaction, and nothing here needs one.
            memory = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
            Migrations.applyAfter(memory, Migrations.currentVersion(memory));
            String told = notice;
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                List<String> unread = ReadOnlyCopy.copyKnownTables(memory, file);
                if (!unread.isEmpty() && fromNewerVersion) {
                    told = notice + " " + StoreMessages.get("store.notRead", String.join(", ", unread));
                }
            }
            legacy.importInto(memory);
            return new LocalDatabase(file, memory, false, told);
        } catch (SQLException failed) {
            LocalDatabase.closeQuietly(memory);
            throw new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
        }
    }

    static LocalDatabase emptyInMemory(Path file, String notice) {
        SqliteNativeLibrary.prepare();
        try {
            Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
            Migrations.applyAfter(memory, Migrations.currentVersion(memory));
            return new LocalDatabase(file, memory, false, notice);
        } catch (SQLException impossible) {
            throw new IllegalStateException("SQLite cannot open a database in memory", impossible);
        }
    }
}
