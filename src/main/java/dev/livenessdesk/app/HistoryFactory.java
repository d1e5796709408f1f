package dev.livenessdesk.app;

import dev.livenessdesk.core.files.AppDirectories;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.history.JsonSessionHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which history the window shows. The sandbox keeps its own, which starts empty and is deleted when the app
 * closes, because its sessions live only in memory: an AWS start never lists a sandbox session it could not open.
 */
final class HistoryFactory {

    static final String SANDBOX_FILE = "sandbox-history.json";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryFactory.class);

    private HistoryFactory() {
    }

    static SessionHistoryStore forBackend(boolean sandbox) {
        return forBackend(sandbox, AppDirectories.dataDirectory());
    }

    static SessionHistoryStore forBackend(boolean sandbox, Path dataDirectory) {
        if (!sandbox) {
            return new JsonSessionHistory(dataDirectory.resolve(JsonSessionHistory.FILE_NAME), Clock.systemUTC());
        }
        forgetSandbox(dataDirectory);
        return new JsonSessionHistory(dataDirectory.resolve(SANDBOX_FILE), Clock.systemUTC());
    }

    /** The sandbox's sessions are gone with the app: so is their history (also one left by a crash). */
    static void forgetSandbox(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(SANDBOX_FILE));
        } catch (IOException e) {
            LOG.debug("Could not delete the sandbox history", e);
        }
    }
}
