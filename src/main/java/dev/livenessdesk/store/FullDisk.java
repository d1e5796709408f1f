package dev.livenessdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells a full disk from the other reasons a write fails. SQLite says SQLITE_FULL when a write comes up short, but
 * a full disk can also surface as an I/O error or as the lost transaction that follows ("cannot commit - no
 * transaction is active"), so the space left on the disk is asked too.
 */
final class FullDisk {

    /** Less than this left is a full disk for a database that needs a page, its log and its index to change. */
    static final long NEARLY_NOTHING_BYTES = 256 * 1024;

    private FullDisk() {
    }

    static boolean caused(Throwable failed, Path folder) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("disk is full"))) {
                return true;
            }
        }
        return nearlyNothingLeft(folder);
    }

    static boolean nearlyNothingLeft(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < NEARLY_NOTHING_BYTES;
        } catch (IOException | SecurityException unknown) {
            return false;
        }
    }
}
