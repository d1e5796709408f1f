package dev.livenessdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.history.HistoryEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a history.json as the JSON history of earlier releases wrote it (format version 1: the sessions with
 * ISO times, absent values left out), for the tests of its import; the app itself no longer writes one.
 */
final class LegacyHistoryFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyHistoryFile() {
    }

    static void write(Path file, List<HistoryEntry> entries) throws IOException {
        ObjectNode document = JSON.createObjectNode().put("version", 1);
        ArrayNode sessions = document.putArray("sessions");
        for (HistoryEntry entry : entries) {
            ObjectNode session = sessions.addObject().put("sessionId", entry.sessionId())
                    .put("createdAt", entry.createdAt().toString());
            entry.profile().ifPresent(profile -> session.put("profile", profile));
            session.put("region", entry.region());
            entry.bucket().ifPresent(bucket -> session.put("bucket", bucket));
            session.put("keyPrefix", entry.keyPrefix()).put("auditImagesLimit", entry.auditImagesLimit());
            if (entry.lastStatus() != null) {
                session.put("lastStatus", entry.lastStatus());
            }
            entry.confidence().ifPresent(confidence -> session.put("confidence", confidence));
            entry.lastChecked().ifPresent(checked -> session.put("lastChecked", checked.toString()));
            entry.feedbackCodes().forEach(session.withArray("feedbackCodes")::add);
            entry.clientSdk().ifPresent(client -> session.put("clientSdk", client));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
    }
}
