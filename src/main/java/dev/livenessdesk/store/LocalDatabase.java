package dev.livenessdesk.store;

import dev.livenessdesk.core.files.AppDirectories;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite file of the data folder. Opened writable it runs in WAL mode with full syncs (a commit is on disk
 * before it is acknowledged) and a bounded wait for another desk's lock; every change is one IMMEDIATE
 * transaction, so two desks never interleave a read-modify-write. When the file was written by a newer schema, or
 * the folder cannot be written, the content is copied into a database in memory: the user still sees it, this run
 * can work on it, and the file itself is never touched. How it is opened (and recovered) is
 * {@link DatabaseOpener}'s; this class is the open connection's read and write work.
 */
public final class LocalDatabase implements AutoCloseable {

    public static final String FILE_NAME = "liveness-desk.db";
    private static final Logger LOG = LoggerFactory.getLogger(LocalDatabase.class);

    /** How long a change waits for another desk's transaction before it gives up with words. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** How long closing waits for another desk's transaction before leaving the log for that desk to fold in. */
    private static final int CHECKPOINT_WAIT_MILLIS = 2_000;

    /** Work on the open connection; runs while no other thread of this app uses it. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private final Path file;
    private final boolean remembers;
    private final Clock clock;
    /** Replaced once when the file turns out damaged (a new file with what could be read); guarded by inUse. */
    private Connection connection;
    private final ReentrantLock inUse = new ReentrantLock();
    private volatile String notice;

    LocalDatabase(Path file, Connection connection, boolean remembers, String notice) {
        this(file, connection, remembers, notice, Clock.systemUTC());
    }

    LocalDatabase(Path file, Connection connection, boolean remembers, String notice, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.remembers = remembers;
        this.notice = notice;
        this.clock = clock;
    }

    /**
     * The database in {@link AppDirectories#dataDirectory()}; when even a read-only copy cannot be made, an empty
     * database in memory whose notice says why, so the app still starts and says what is wrong.
     */
    public static LocalDatabase inDataDirectory() {
        return inFolder(AppDirectories.dataDirectory());
    }

    /** As {@link #inDataDirectory()}, for the database in this folder. */
    public static LocalDatabase inFolder(Path folder) {
        try {
            return DatabaseOpener.open(folder, Clock.systemUTC());
        } catch (IOException unusable) {
            return DatabaseOpener.emptyInMemory(folder.resolve(FILE_NAME),
                    StoreMessages.get("store.unusable", unusable.getMessage()));
        }
    }

    /**
     * The sandbox's own database: in memory, empty at each start and gone at close, like the sandbox's sessions,
     * so the AWS history never lists a sandbox session it could not open. The data folder's database is not
     * touched (only SQLite's native library is unpacked there once, see {@link SqliteNativeLibrary}).
     */
    public static LocalDatabase forSandbox() {
        return DatabaseOpener.emptyInMemory(Path.of("sandbox (in memory)"), null);
    }

    /**
     * Opens (creating, migrating and importing the old history.json as needed) the database in this folder. Never
     * fails for a folder it cannot write or a file from a newer version: those open read-only with a notice.
     */
    public static LocalDatabase open(Path folder, Clock clock) throws IOException {
        return DatabaseOpener.open(folder, clock);
    }

    /** Where the database is (or would be) kept. */
    public Path file() {
        return file;
    }

    /** False when this run works on a copy in memory: what changes now is gone when the app closes. */
    public boolean remembers() {
        return remembers;
    }

    /**
     * Why what is saved now is gone when this run ends (the notice of a copy in memory); empty when it is kept in
     * the file, and for the sandbox, whose forgetting is its promise.
     */
    public Optional<String> forgetsBecause() {
        return remembers ? Optional.empty() : notice();
    }

    /** What the user must know about the store (read-only, damaged file put aside, an import); empty if nothing. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    /**
     * Runs reading work; the connection is in auto-commit, each statement sees a consistent snapshot. A file found
     * damaged is replaced first (see {@link #recover}) and the work runs once more on the new one.
     */
    public <T> T read(SqlWork<T> work) throws IOException {
        inUse.lock();
        try {
            try {
                return work.run(connection);
            } catch (SQLException failed) {
                if (!recover(failed)) {
                    throw failed;
                }
                return work.run(connection);
            }
        } catch (SQLException failed) {
            throw wordsFor(failed, false);
        } finally {
            inUse.unlock();
        }
    }

    /** Runs changing work as one transaction: all of it is on disk when this returns, or none of it. */
    public <T> T write(SqlWork<T> work) throws IOException {
        inUse.lock();
        try {
            try {
                return inTransaction(work);
            } catch (SQLException failed) {
                if (!recover(failed)) {
                    throw failed;
                }
                return inTransaction(work);
            }
        } catch (SQLException failed) {
            throw wordsFor(failed, true);
        } finally {
            inUse.unlock();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | IOException | RuntimeException failed) {
            // SQLite may have rolled back already (a full disk does): the first failure is the one to tell.
            rollbackQuietly(failed);
            throw failed;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException notInTransaction) {
                // Already in auto-commit after SQLite's own rollback.
            }
        }
    }

    /**
     * When a statement found the file damaged (SQLITE_CORRUPT): runs SQLite's integrity check for the words, moves
     * the file aside as a damaged file is at open, and starts a new one with every row that can still be read,
     * saying so in the notice. False when the failure is not damage, or this run works on a copy in memory.
     */
    private boolean recover(SQLException failed) throws IOException {
        if (!remembers || !isDamage(failed)) {
            return false;
        }
        String problem = integrityProblem();
        closeQuietly(connection);
        try {
            Path keptAs = DamagedFiles.moveAside(file, clock);
            Connection fresh = DatabaseOpener.openFileOrFail(file);
            String recovered = DatabaseOpener.recoverInto(fresh, keptAs, problem);
            connection = fresh;
            notice = recovered;
            LOG.warn("{}", recovered);
            return true;
        } catch (IOException cannot) {
            throw new IOException(StoreMessages.get("store.notRecovered", file.toString(), problem,
                    cannot.getMessage()), cannot);
        }
    }

    /** The first problem SQLite's integrity check names, in its own words. */
    private String integrityProblem() {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check(1)")) {
            String problem = rows.next() ? rows.getString(1) : "integrity check gave no answer";
            // One line for a notice: SQLite heads its report with the schema's name on a line of its own.
            return problem.replace("*** in database main ***", "").strip().replaceAll("\\s+", " ");
        } catch (SQLException checkFailed) {
            return checkFailed.getMessage();
        }
    }

    private static boolean isDamage(SQLException failed) {
        return failed instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode().name().startsWith("SQLITE_CORRUPT"));
    }

    /**
     * Closes the connection after moving every committed change from the write-ahead log into the database file
     * itself, so that {@value #FILE_NAME} alone (copied, backed up) holds the whole history even while another
     * desk keeps the log open.
     */
    @Override
    public void close() {
        inUse.lock();
        try {
            if (remembers) {
                checkpoint(connection);
            }
            closeQuietly(connection);
        } finally {
            inUse.unlock();
        }
    }

    private void rollbackQuietly(Exception failed) {
        try {
            connection.rollback();
        } catch (SQLException noTransaction) {
            failed.addSuppressed(noTransaction);
        }
    }

    private IOException wordsFor(SQLException failed, boolean writing) {
        if (failed instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_BUSY
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_LOCKED)) {
            return new IOException(StoreMessages.get("store.busy", file.toString(), BUSY_TIMEOUT_MILLIS / 1000), failed);
        }
        if (writing && remembers && FullDisk.caused(failed, file.toAbsolutePath().getParent())) {
            return new IOException(StoreMessages.get("store.diskFullWrite", file.toString()), failed);
        }
        return new IOException(StoreMessages.get("store.unreadable", file.toString(), failed.getMessage()), failed);
    }

    private static void checkpoint(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            // Waits a moment for another desk's transaction, not the ten seconds a change may wait.
            statement.execute("PRAGMA busy_timeout = " + CHECKPOINT_WAIT_MILLIS);
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException busy) {
            // Another desk was writing throughout: it checkpoints when it closes; nothing committed is lost.
        }
    }

    static void closeQuietly(Connection connection) {
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
