package dev.livenessdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.history.HistoryExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The history in the local database: one row per session, changed in place by single-row statements, so a change
 * costs the same at 20 entries as at 20,000 and another desk's sessions are never overwritten.
 */
public final class SqliteSessionHistory implements SessionHistoryStore {

    private static final Comparator<HistoryEntry> NEWEST_FIRST =
            Comparator.comparing(HistoryEntry::createdAt).reversed().thenComparing(HistoryEntry::sessionId);
    private static final String COLUMNS = "session_id, created_at, profile, region, bucket, key_prefix,"
            + " audit_images_limit, last_status, confidence, last_checked, feedback_codes, client_sdk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDatabase database;
    private final Clock clock;
    private final HistoryExporter exporter = new HistoryExporter();

    public SqliteSessionHistory(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public HistoryEntry add(CreatedSession session, Optional<String> profile) throws IOException {
        HistoryEntry fresh = HistoryEntry.of(session, profile);
        return database.write(connection -> {
            Optional<HistoryEntry> known = find(connection, fresh.sessionId());
            HistoryEntry merged = known.map(old -> old.withCreation(fresh)).orElse(fresh);
            // An upsert, not a replace: a reused token's row keeps what a newer version stored beside it.
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO history_session(" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET"
                    + " created_at = excluded.created_at, profile = excluded.profile, region = excluded.region,"
                    + " bucket = excluded.bucket, key_prefix = excluded.key_prefix,"
                    + " audit_images_limit = excluded.audit_images_limit")) {
                bind(upsert, merged);
                upsert.executeUpdate();
            }
            return merged;
        });
    }

    @Override
    public Optional<HistoryEntry> updateResult(String sessionId, SessionResults results) throws IOException {
        return database.write(connection -> {
            Optional<HistoryEntry> updated = find(connection, sessionId)
                    .map(entry -> entry.withResult(results, clock.instant()));
            if (updated.isPresent()) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE history_session SET"
                        + " last_status = ?, confidence = ?, last_checked = ?, feedback_codes = ?, client_sdk = ?"
                        + " WHERE session_id = ?")) {
                    HistoryEntry entry = updated.get();
                    update.setString(1, entry.lastStatus());
                    setConfidence(update, 2, entry.confidence());
                    update.setString(3, entry.lastChecked().map(Instant::toString).orElse(null));
                    update.setString(4, codes(entry.feedbackCodes()));
                    update.setString(5, entry.clientSdk().orElse(null));
                    update.setString(6, sessionId);
                    update.executeUpdate();
                }
            }
            return updated;
        });
    }

    @Override
    public void remove(Collection<String> sessionIds) throws IOException {
        if (sessionIds.isEmpty()) {
            return;
        }
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM history_session WHERE session_id = ?")) {
                for (String id : sessionIds) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<HistoryEntry> list() throws IOException {
        return database.read(connection -> {
            List<HistoryEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM history_session");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            entries.sort(NEWEST_FIRST);
            return entries;
        });
    }

    @Override
    public void export(List<HistoryEntry> entries, HistoryExportFormat format, Path target) throws IOException {
        exporter.export(entries, format, target);
    }

    @Override
    public Optional<String> damagedFileNotice() {
        return database.notice();
    }

    private static Optional<HistoryEntry> find(Connection connection, String sessionId)
            throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM history_session WHERE session_id = ?")) {
            select.setString(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement statement, HistoryEntry entry) throws SQLException, IOException {
        statement.setString(1, entry.sessionId());
        statement.setString(2, entry.createdAt().toString());
        statement.setString(3, entry.profile().orElse(null));
        statement.setString(4, entry.region());
        statement.setString(5, entry.bucket().orElse(null));
        statement.setString(6, entry.keyPrefix());
        statement.setInt(7, entry.auditImagesLimit());
        statement.setString(8, entry.lastStatus());
        setConfidence(statement, 9, entry.confidence());
        statement.setString(10, entry.lastChecked().map(Instant::toString).orElse(null));
        statement.setString(11, codes(entry.feedbackCodes()));
        statement.setString(12, entry.clientSdk().orElse(null));
    }

    /** The codes as one JSON array column, so no code can break the list whatever it holds. */
    private static String codes(List<String> feedbackCodes) throws IOException {
        return JSON.writeValueAsString(feedbackCodes);
    }

    private static void setConfidence(PreparedStatement statement, int index, Optional<Float> confidence)
            throws SQLException {
        if (confidence.isPresent()) {
            statement.setDouble(index, confidence.get());
        } else {
            statement.setNull(index, Types.REAL);
        }
    }

    private static HistoryEntry entry(ResultSet row) throws SQLException, IOException {
        double confidence = row.getDouble("confidence");
        Optional<Float> maybeConfidence = row.wasNull() ? Optional.empty() : Optional.of((float) confidence);
        String checked = row.getString("last_checked");
        return new HistoryEntry(row.getString("session_id"), Instant.parse(row.getString("created_at")),
                Optional.ofNullable(row.getString("profile")), row.getString("region"),
                Optional.ofNullable(row.getString("bucket")), row.getString("key_prefix"),
                row.getInt("audit_images_limit"), row.getString("last_status"), maybeConfidence,
                Optional.ofNullable(checked).map(Instant::parse), feedback(row.getString("feedback_codes")),
                Optional.ofNullable(row.getString("client_sdk")));
    }

    private static List<String> feedback(String column) throws IOException {
        return column == null || column.isEmpty() ? List.of() : List.of(JSON.readValue(column, String[].class));
    }
}
