package dev.livenessdesk.store;

import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.core.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/**
 * The one SQLite file of the data folder. Opened writable it runs in WAL mode with full syncs (a commit is on disk
 * before it is acknowledged) and a bounded wait for another desk's lock; every change is one IMMEDIATE
 * transaction, so two desks never interleave a read-modify-write. When the file was written by a newer schema, or
 * the folder cannot be written, the content is copied into a database in memory: the user still sees it, this run
 * can work on it, and the file itself is never touched.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String FILE_NAME = "liveness-desk.db";

    /** How long a change waits for another desk's transaction before it gives up with words. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Work on the open connection; runs while no other thread of this app uses it. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private final Path file;
    private final Connection connection;
    private final boolean remembers;
    private final ReentrantLock inUse = new ReentrantLock();
    private volatile String notice;

    private LocalDatabase(Path file, Connection connection, boolean remembers, String notice) {
        this.file = file;
        this.connection = connection;
        this.remembers = remembers;
        this.notice = notice;
    }

    /**
     * The database in {@link AppDirectories#dataDirectory()}; when even a read-only copy cannot be made, an empty
     * database in memory whose notice says why, so the app still starts and says what is wrong.
     */
    public static LocalDatabase inDataDirectory() {
        Path folder = AppDirectories.dataDirectory();
        try {
            return open(folder, Clock.systemUTC());
        } catch (IOException unusable) {
            return emptyInMemory(folder.resolve(FILE_NAME),
                    StoreMessages.get("store.unusable", unusable.getMessage()));
        }
    }

    /**
     * The sandbox's own database: in memory, empty at each start and gone at close, like the sandbox's sessions,
     * so the AWS history never lists a sandbox session it could not open. Nothing of the data folder is touched.
     */
    public static LocalDatabase forSandbox() {
        return emptyInMemory(Path.of("sandbox (in memory)"), null);
    }

    /**
     * Opens (creating, migrating and importing the old history.json as needed) the database in this folder. Never
     * fails for a folder it cannot write or a file from a newer version: those open read-only with a notice.
     */
    public static LocalDatabase open(Path folder, Clock clock) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        LegacyHistoryImport legacy = new LegacyHistoryImport(dir);
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
                return readOnlyCopy(file, legacy, StoreMessages.get("store.readOnlyFolder", dir.toString()));
            }
            Path keptAs = DamagedFiles.moveAside(file, clock);
            damagedNotice = StoreMessages.get("store.damaged", keptAs.toString());
            connection = openFileOrFail(file);
        }
        try {
            connection.setAutoCommit(false);
            int version = Migrations.currentVersion(connection);
            if (version > Migrations.LATEST) {
                connection.rollback();
                connection.close();
                return readOnlyCopy(file, legacy,
                        StoreMessages.get("store.newerVersion", file.toString(), version, Migrations.LATEST));
            }
            Migrations.applyAfter(connection, version);
            LegacyHistoryImport.Outcome imported = legacy.importInto(connection);
            connection.commit();
            connection.setAutoCommit(true);
            legacy.keepAsBackup();
            String notice = damagedNotice != null ? damagedNotice : imported.notice(legacy).orElse(null);
            return new LocalDatabase(file, connection, true, notice);
        } catch (SQLException failed) {
            closeQuietly(connection);
            throw new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
        }
    }

    /** Where the database is (or would be) kept. */
    public Path file() {
        return file;
    }

    /** False when this run works on a copy in memory: what changes now is gone when the app closes. */
    public boolean remembers() {
        return remembers;
    }

    /** What the user must know about the store (read-only, damaged file put aside, an import); empty if nothing. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /** Runs reading work; the connection is in auto-commit, each statement sees a consistent snapshot. */
    public <T> T read(SqlWork<T> work) throws IOException {
        inUse.lock();
        try {
            return work.run(connection);
        } catch (SQLException failed) {
            throw wordsFor(failed);
        } finally {
            inUse.unlock();
        }
    }

    /** Runs changing work as one transaction: all of it is on disk when this returns, or none of it. */
    public <T> T write(SqlWork<T> work) throws IOException {
        inUse.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException failed) {
            throw wordsFor(failed);
        } finally {
            inUse.unlock();
        }
    }

    @Override
    public void close() {
        inUse.lock();
        try {
            closeQuietly(connection);
        } finally {
            inUse.unlock();
        }
    }

    private IOException wordsFor(SQLException failed) {
        if (failed instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new IOException(StoreMessages.get("store.busy", file.toString(), BUSY_TIMEOUT_MILLIS / 1000), failed);
        }
        return new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
    }

    private static boolean canWrite(Path dir, Path file) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
        return Files.isWritable(dir) && (!Files.exists(file) || Files.isWritable(file));
    }

    private static Connection openFileOrFail(Path file) throws IOException {
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
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
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
            closeQuietly(connection);
            throw damaged;
        }
        return connection;
    }

    /**
     * The database and its WAL and shared-memory files are for this user only: SQLite gives those two the mode of
     * the database file, so the file is created 0600 before SQLite first opens it.
     */
    private static void ownerOnly(Path file) throws IOException {
        if (!AtomicFiles.isPosix()) {
            return;
        }
        if (Files.notExists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // Another desk created it first; it made it 0600 too.
            }
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part) && !Files.getPosixFilePermissions(part).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(part, OWNER_ONLY);
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
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection memory = null;
        try {
            // Auto-commit throughout: SQLite refuses ATTACH inside a transaction, and nothing here needs one.
            memory = DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
            Migrations.applyAfter(memory, Migrations.currentVersion(memory));
            if (Files.exists(file)) {
                ReadOnlyCopy.copyKnownTables(memory, file);
            }
            legacy.importInto(memory);
            return new LocalDatabase(file, memory, false, notice);
        } catch (SQLException failed) {
            closeQuietly(memory);
            throw new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
        }
    }

    private static LocalDatabase emptyInMemory(Path file, String notice) {
        try {
            Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
            Migrations.applyAfter(memory, Migrations.currentVersion(memory));
            return new LocalDatabase(file, memory, false, notice);
        } catch (SQLException impossible) {
            throw new IllegalStateException("SQLite cannot open a database in memory", impossible);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort; a WAL left behind is replayed by the next open.
        }
    }
}
