package dev.livenessdesk.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * The history.json of earlier versions, moved into the database once. Every entry is kept: the fields this
 * version knows go to their columns, the ones it does not (a newer file's) are kept beside them as JSON, and an
 * entry lacking its id, time or region is kept whole in a table of its own. The import is idempotent, so a crash
 * between the commit and the rename only repeats it; after it the file is kept, renamed, as a backup.
 */
final class LegacyHistoryImport {

    static final String FILE_NAME = "history.json";
    static final String BACKUP_SUFFIX = ".imported";

    private static final Set<String> KNOWN = Set.of("sessionId", "createdAt", "profile", "region", "bucket",
            "keyPrefix", "auditImagesLimit", "lastStatus", "confidence", "lastChecked", "feedbackCodes", "clientSdk");
    private static final Set<String> TEXT_FIELDS = Set.of("profile", "bucket", "keyPrefix", "lastStatus",
            "clientSdk");

    /** What an import found; the notice is for the user only when something could not be placed. */
    record Outcome(int imported, int keptUnreadable, boolean damaged) {

        static final Outcome NOTHING = new Outcome(0, 0, false);

        Optional<String> notice(LegacyHistoryImport source) {
            if (damaged) {
                return Optional.of(StoreMessages.get("store.legacyDamaged", source.keptAs().toString()));
            }
            if (keptUnreadable > 0) {
                return Optional.of(StoreMessages.get("store.legacyUnreadable", keptUnreadable,
                        source.keptAs().toString()));
            }
            return Optional.empty();
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private Path keptAs;
    private boolean damaged;

    LegacyHistoryImport(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** Where the old file is (or will be) kept after the import. */
    Path keptAs() {
        if (keptAs == null) {
            keptAs = damaged ? DamagedFiles.freeName(file, ".corrupt") : DamagedFiles.freeName(file, BACKUP_SUFFIX);
        }
        return keptAs;
    }

    /**
     * Earlier versions wrote the file through a temporary sibling (".history.json.*.tmp"); a crash left it behind.
     * None of them is ever read again: the renamed file was always whole.
     */
    void removeLeftoverTemporaryFiles() throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "." + FILE_NAME + ".*.tmp")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Copies every entry of the old file into the database; call inside the opening transaction. */
    Outcome importInto(Connection connection) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            return Outcome.NOTHING;
        }
        JsonNode document;
        try {
            document = json.readTree(Files.readAllBytes(file));
        } catch (JacksonException unreadable) {
            damaged = true;
            return new Outcome(0, 0, true);
        }
        JsonNode sessions = document == null ? null : document.get("sessions");
        if (sessions == null || !sessions.isArray()) {
            // An empty file or one without sessions holds nothing to move; it is still kept as the backup.
            return Outcome.NOTHING;
        }
        int imported = 0;
        int unreadable = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO history_session(session_id, created_at, profile, region, bucket, key_prefix,"
                        + " audit_images_limit, last_status, confidence, last_checked, extra_json, feedback_codes,"
                        + " client_sdk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement keep = connection.prepareStatement(
                     "INSERT OR IGNORE INTO unreadable_history(raw_json, source) VALUES (?, ?)")) {
            for (JsonNode session : sessions) {
                if (bindSession(insert, session)) {
                    insert.executeUpdate();
                    imported++;
                } else {
                    keep.setString(1, json.writeValueAsString(session));
                    keep.setString(2, file.toString());
                    keep.executeUpdate();
                    unreadable++;
                }
            }
        }
        return new Outcome(imported, unreadable, false);
    }

    /** After the commit: the old file becomes the backup, and the lock file only it used goes. */
    void keepAsBackup() throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Files.move(file, keptAs());
        Files.deleteIfExists(file.resolveSibling(FILE_NAME + ".lock"));
    }

    private boolean bindSession(PreparedStatement insert, JsonNode session) throws SQLException, IOException {
        if (session == null || !session.isObject()) {
            return false;
        }
        String sessionId = text(session, "sessionId");
        Optional<Instant> createdAt = instant(session.get("createdAt"));
        String region = text(session, "region");
        if (sessionId == null || sessionId.isBlank() || createdAt.isEmpty() || region == null) {
            return false;
        }
        ObjectNode extra = json.createObjectNode();
        session.fields().forEachRemaining(field -> {
            if (!KNOWN.contains(field.getKey())) {
                extra.set(field.getKey(), field.getValue());
            }
        });
        for (String textField : TEXT_FIELDS) {
            JsonNode value = session.get(textField);
            keepIfOdd(extra, session, textField, isAbsent(value) || value.isTextual());
        }
        insert.setString(1, sessionId);
        insert.setString(2, createdAt.get().toString());
        insert.setString(3, text(session, "profile"));
        insert.setString(4, region);
        insert.setString(5, text(session, "bucket"));
        String prefix = text(session, "keyPrefix");
        insert.setString(6, prefix == null ? "" : prefix);
        JsonNode limit = session.get("auditImagesLimit");
        insert.setInt(7, limit != null && limit.canConvertToInt() ? limit.intValue() : 0);
        keepIfOdd(extra, session, "auditImagesLimit", limit == null || limit.isNull() || limit.canConvertToInt());
        String status = text(session, "lastStatus");
        insert.setString(8, status == null || status.isBlank() ? "CREATED" : status);
        JsonNode confidence = session.get("confidence");
        if (confidence != null && confidence.isNumber()) {
            insert.setDouble(9, confidence.floatValue());
        } else {
            insert.setNull(9, Types.REAL);
            keepIfOdd(extra, session, "confidence", confidence == null || confidence.isNull());
        }
        Optional<Instant> checked = instant(session.get("lastChecked"));
        insert.setString(10, checked.map(Instant::toString).orElse(null));
        keepIfOdd(extra, session, "lastChecked", checked.isPresent() || isAbsent(session.get("lastChecked")));
        JsonNode feedback = session.get("feedbackCodes");
        boolean codesReadable = feedback != null && feedback.isArray();
        if (codesReadable) {
            for (JsonNode code : feedback) {
                codesReadable &= code.isTextual();
            }
        }
        insert.setString(12, codesReadable ? json.writeValueAsString(feedback) : null);
        keepIfOdd(extra, session, "feedbackCodes", codesReadable || isAbsent(feedback));
        insert.setString(13, text(session, "clientSdk"));
        insert.setString(11, extra.isEmpty() ? null : json.writeValueAsString(extra));
        return true;
    }

    /** A known field this version cannot read (a newer format's shape) is kept with the unknown ones. */
    private static void keepIfOdd(ObjectNode extra, JsonNode session, String field, boolean readable) {
        if (!readable) {
            extra.set(field, session.get(field));
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static String text(JsonNode session, String field) {
        JsonNode value = session.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.textValue()));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(value.textValue()).toInstant());
            } catch (DateTimeParseException notOffset) {
                return Optional.empty();
            }
        }
    }
}
