package dev.livenessdesk.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.ErasureJournal;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.JournalRun;
import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.erasure.ObjectVersion;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.UUID;

/**
 * The erasure journal in the local database: one row per run and one per version, whose state moves from todo to
 * sending (the batch went out) to deleted or kept. Every step is one transaction with full syncs, so what the
 * journal says was deleted was confirmed by S3, and nothing marked deleted is ever sent again.
 */
public final class SqliteErasureJournal implements ErasureJournal {

    private static final String TODO = "todo";
    private static final String SENDING = "sending";
    private static final String DELETED = "deleted";
    private static final String KEPT = "kept";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDatabase database;

    public SqliteErasureJournal(LocalDatabase database) {
        this.database = database;
    }

    @Override
    public String begin(ErasurePlan plan, Instant at) throws IOException {
        String runId = UUID.randomUUID().toString();
        database.write(connection -> {
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO erasure_run(run_id, kind, bucket,"
                    + " key_prefix, cutoff, caller_arn, started_at, session_ids, history_rows, campaign_rows, review_rows)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                run.setString(1, runId);
                run.setString(2, plan.kind().name());
                run.setString(3, plan.bucket());
                run.setString(4, plan.prefix());
                run.setString(5, plan.cutoff().map(Instant::toString).orElse(null));
                run.setString(6, plan.callerArn());
                run.setString(7, at.toString());
                run.setString(8, String.join("\n", plan.sessionIds()));
                run.setString(9, String.join("\n", plan.historyRows()));
                run.setString(10, String.join("\n", plan.campaignRows()));
                run.setString(11, String.join("\n", plan.reviewRows().keySet()));
                run.executeUpdate();
            }
            try (PreparedStatement version = connection.prepareStatement("INSERT INTO erasure_version(run_id, seq,"
                    + " object_key, version_id, size_bytes, last_modified, delete_marker, state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, '" + TODO + "')")) {
                int seq = 0;
                for (ObjectVersion planned : plan.versions()) {
                    version.setString(1, runId);
                    version.setInt(2, seq++);
                    version.setString(3, planned.key());
                    version.setString(4, planned.versionId());
                    version.setLong(5, planned.sizeBytes());
                    version.setString(6, planned.lastModified().toString());
                    version.setInt(7, planned.deleteMarker() ? 1 : 0);
                    version.addBatch();
                }
                version.executeBatch();
            }
            return null;
        });
        return runId;
    }

    @Override
    public void sending(String runId, List<ObjectVersion> batch) throws IOException {
        mark(runId, batch, SENDING);
    }

    @Override
    public void requeue(String runId, List<ObjectVersion> versions) throws IOException {
        mark(runId, versions, TODO);
    }

    @Override
    public void settle(String runId, List<ObjectVersion> deleted, List<NotDeleted> kept) throws IOException {
        if (deleted.isEmpty() && kept.isEmpty()) {
            return;
        }
        database.write(connection -> {
            update(connection, runId, deleted, DELETED);
            try (PreparedStatement update = connection.prepareStatement("UPDATE erasure_version SET state = '"
                    + KEPT + "', reason = ?, why = ?, until = ? WHERE run_id = ? AND object_key = ? AND version_id = ?")) {
                for (NotDeleted still : kept) {
                    update.setString(1, still.reason().name());
                    update.setString(2, still.message());
                    update.setString(3, still.until().map(Instant::toString).orElse(null));
                    update.setString(4, runId);
                    update.setString(5, still.version().key());
                    update.setString(6, still.version().versionId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void finish(String runId, ErasureReceipt receipt) throws IOException {
        String json = JSON.writeValueAsString(receipt.document());
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE erasure_run SET finished_at = ?, receipt_json = ? WHERE run_id = ?")) {
                update.setString(1, receipt.when().toString());
                update.setString(2, json);
                update.setString(3, runId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<JournalRun> unfinished() throws IOException {
        List<String> ids = database.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT run_id FROM erasure_run WHERE finished_at IS NULL ORDER BY started_at, run_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        List<JournalRun> runs = new ArrayList<>();
        for (String id : ids) {
            run(id).ifPresent(runs::add);
        }
        return runs;
    }

    @Override
    public Optional<JournalRun> run(String runId) throws IOException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT kind, bucket, key_prefix, cutoff,"
                    + " caller_arn, started_at, session_ids, history_rows, campaign_rows, review_rows FROM erasure_run"
                    + " WHERE run_id = ?")) {
                select.setString(1, runId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<JournalRun>empty();
                    }
                    List<ObjectVersion> toDo = new ArrayList<>();
                    List<ObjectVersion> inFlight = new ArrayList<>();
                    List<ObjectVersion> deleted = new ArrayList<>();
                    List<NotDeleted> kept = new ArrayList<>();
                    versions(connection, runId, toDo, inFlight, deleted, kept);
                    return Optional.of(new JournalRun(runId, ErasurePlan.Kind.valueOf(row.getString(1)),
                            row.getString(2), row.getString(3),
                            Optional.ofNullable(row.getString(4)).map(Instant::parse), row.getString(5),
                            Instant.parse(row.getString(6)), lines(row.getString(7)),
                            new LinkedHashSet<>(lines(row.getString(8))), new LinkedHashSet<>(lines(row.getString(9))),
                            new LinkedHashSet<>(lines(row.getString(10))), toDo, inFlight, deleted, kept));
                }
            }
        });
    }

    @Override
    public List<Map<String, Object>> receipts() throws IOException {
        List<String> documents = database.read(connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT receipt_json FROM erasure_run"
                    + " WHERE receipt_json IS NOT NULL ORDER BY finished_at DESC, run_id");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        List<Map<String, Object>> receipts = new ArrayList<>();
        for (String document : documents) {
            receipts.add(JSON.readValue(document, new TypeReference<Map<String, Object>>() { }));
        }
        return receipts;
    }

    private void mark(String runId, Collection<ObjectVersion> versions, String state) throws IOException {
        if (versions.isEmpty()) {
            return;
        }
        database.write(connection -> {
            update(connection, runId, versions, state);
            return null;
        });
    }

    private static void update(Connection connection, String runId, Collection<ObjectVersion> versions, String state)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE erasure_version SET state = ?"
                + " WHERE run_id = ? AND object_key = ? AND version_id = ?")) {
            for (ObjectVersion version : versions) {
                update.setString(1, state);
                update.setString(2, runId);
                update.setString(3, version.key());
                update.setString(4, version.versionId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void versions(Connection connection, String runId, List<ObjectVersion> toDo,
                                 List<ObjectVersion> inFlight, List<ObjectVersion> deleted, List<NotDeleted> kept)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT object_key, version_id, size_bytes,"
                + " last_modified, delete_marker, state, reason, why, until FROM erasure_version WHERE run_id = ?"
                + " ORDER BY seq")) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ObjectVersion version = new ObjectVersion(rows.getString(1), rows.getString(2), rows.getLong(3),
                            Instant.parse(rows.getString(4)), rows.getInt(5) != 0);
                    switch (rows.getString(6)) {
                        case TODO -> toDo.add(version);
                        case SENDING -> inFlight.add(version);
                        case DELETED -> deleted.add(version);
                        default -> kept.add(new NotDeleted(version, reason(rows.getString(7)), rows.getString(8),
                                Optional.ofNullable(rows.getString(9)).map(Instant::parse)));
                    }
                }
            }
        }
    }

    private static NotDeleted.Reason reason(String stored) {
        try {
            return NotDeleted.Reason.valueOf(stored);
        } catch (IllegalArgumentException | NullPointerException newer) {
            return NotDeleted.Reason.OTHER;
        }
    }

    private static List<String> lines(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(column.split("\n"));
    }

}
