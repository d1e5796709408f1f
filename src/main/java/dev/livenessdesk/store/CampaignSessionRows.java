package dev.livenessdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.RecordPlace;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sessions of campaigns in the local database, for {@link SqliteCampaignStore}: one row per session, tagged
 * with its campaign and scenario (a session of a scenario the campaign does not have is refused), and where its
 * record was shared to. The campaigns and their scenarios are the store's.
 */
final class CampaignSessionRows {

    private static final String SESSION_COLUMNS = "session_id, campaign_key, scenario_name, created_at, tester,"
            + " region, raw_status, confidence, feedback_codes, excluded, note";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDatabase database;

    CampaignSessionRows(LocalDatabase database) {
        this.database = database;
    }

    void save(CampaignSession session) throws IOException {
        String campaignKey = CampaignNames.key(session.campaignName());
        database.write(connection -> {
            try (PreparedStatement known = connection.prepareStatement(
                    "SELECT 1 FROM campaign_scenario WHERE campaign_key = ? AND name_key = ?")) {
                known.setString(1, campaignKey);
                known.setString(2, CampaignNames.key(session.scenarioName()));
                try (ResultSet rows = known.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException(StoreMessages.get("campaign.noScenario",
                                session.scenarioName(), session.campaignName()));
                    }
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO campaign_session("
                    + SESSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                upsert.setString(1, session.sessionId());
                upsert.setString(2, campaignKey);
                upsert.setString(3, session.scenarioName());
                upsert.setString(4, session.createdAt().toString());
                upsert.setString(5, session.tester());
                upsert.setString(6, session.region());
                upsert.setString(7, session.rawStatus());
                if (session.confidence().isPresent()) {
                    upsert.setDouble(8, session.confidence().get());
                } else {
                    upsert.setNull(8, Types.REAL);
                }
                upsert.setString(9, join(session.feedbackCodes()));
                upsert.setInt(10, session.excluded() ? 1 : 0);
                upsert.setString(11, session.note().orElse(null));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    List<CampaignSession> of(String campaignName) throws IOException {
        String key = CampaignNames.key(campaignName);
        return database.read(connection -> {
            String campaignShown = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name FROM campaign WHERE name_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return List.of();
                    }
                    campaignShown = rows.getString(1);
                }
            }
            List<CampaignSession> sessions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM campaign_session WHERE campaign_key = ? ORDER BY created_at, session_id")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        sessions.add(session(rows, campaignShown));
                    }
                }
            }
            // Instants as text sort by their digits only when they have the same precision: sort as instants.
            sessions.sort(Comparator.comparing(CampaignSession::createdAt)
                    .thenComparing(CampaignSession::sessionId));
            return sessions;
        });
    }

    void keepRecordPlace(String sessionId, RecordPlace place) throws IOException {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT OR REPLACE INTO"
                    + " campaign_session_record(session_id, bucket, key_prefix) VALUES (?, ?, ?)")) {
                upsert.setString(1, sessionId);
                upsert.setString(2, place.bucket());
                upsert.setString(3, place.prefix());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    Optional<RecordPlace> recordPlace(String sessionId) throws IOException {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT bucket, key_prefix FROM campaign_session_record WHERE session_id = ?")) {
                select.setString(1, sessionId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new RecordPlace(rows.getString(1), rows.getString(2)))
                            : Optional.<RecordPlace>empty();
                }
            }
        });
    }

    Set<String> kept(Collection<String> sessionIds) throws IOException {
        return database.read(connection -> {
            Set<String> kept = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM campaign_session WHERE session_id = ?")) {
                for (String id : sessionIds) {
                    select.setString(1, id);
                    try (ResultSet rows = select.executeQuery()) {
                        if (rows.next()) {
                            kept.add(id);
                        }
                    }
                }
            }
            return kept;
        });
    }

    void forget(Collection<String> sessionIds) throws IOException {
        if (sessionIds.isEmpty()) {
            return;
        }
        database.write(connection -> {
            for (String table : List.of("campaign_session", "campaign_session_record")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE session_id = ?")) {
                    for (String id : sessionIds) {
                        delete.setString(1, id);
                        delete.addBatch();
                    }
                    delete.executeBatch();
                }
            }
            return null;
        });
    }

    private static CampaignSession session(ResultSet row, String campaignName) throws SQLException, IOException {
        double confidence = row.getDouble("confidence");
        Optional<Float> score = row.wasNull() ? Optional.empty() : Optional.of((float) confidence);
        return new CampaignSession(row.getString("session_id"), campaignName, row.getString("scenario_name"),
                Instant.parse(row.getString("created_at")), row.getString("tester"), row.getString("region"),
                row.getString("raw_status"), score, split(row.getString("feedback_codes")),
                row.getInt("excluded") != 0, Optional.ofNullable(row.getString("note")));
    }

    /** Feedback codes as one JSON array column, so no code can break the list whatever it holds. */
    private static String join(List<String> codes) throws IOException {
        return JSON.writeValueAsString(codes);
    }

    private static List<String> split(String column) throws IOException {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return List.of(JSON.readValue(column, String[].class));
    }
}
