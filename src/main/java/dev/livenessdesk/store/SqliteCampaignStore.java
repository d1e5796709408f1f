package dev.livenessdesk.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.campaign.Scenario;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns in the local database, beside the history: a campaign row keyed by its case-folded name, its
 * scenarios in the tester's order, and one row per session. A scenario whose kind this version cannot read (a
 * newer desk's species) is left out of the campaign rather than guessed.
 */
public final class SqliteCampaignStore implements CampaignStore, AutoCloseable {

    private static final String SESSION_COLUMNS = "session_id, campaign_key, scenario_name, created_at, tester,"
            + " region, raw_status, confidence, feedback_codes, excluded, note";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDatabase database;
    private final boolean closesDatabase;

    /** Campaigns in a database its caller closes (the app shares it with the history). */
    public SqliteCampaignStore(LocalDatabase database) {
        this(database, false);
    }

    private SqliteCampaignStore(LocalDatabase database, boolean closesDatabase) {
        this.database = database;
        this.closesDatabase = closesDatabase;
    }

    /** Campaigns in a database of their own, closed with the store (a command-line run). */
    public static SqliteCampaignStore closingDatabase(LocalDatabase database) {
        return new SqliteCampaignStore(database, true);
    }

    @Override
    public void close() {
        if (closesDatabase) {
            database.close();
        }
    }

    @Override
    public Optional<String> notKeptBecause() {
        return database.forgetsBecause();
    }

    @Override
    public Optional<String> notice() {
        return database.notice();
    }

    @Override
    public List<Campaign> campaigns() throws IOException {
        return database.read(connection -> {
            List<Campaign> campaigns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name_key, name, created_at FROM campaign ORDER BY created_at, name_key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    campaigns.add(new Campaign(rows.getString("name"), Instant.parse(rows.getString("created_at")),
                            scenarios(connection, rows.getString("name_key"))));
                }
            }
            return campaigns;
        });
    }

    @Override
    public Optional<Campaign> campaign(String name) throws IOException {
        String key = CampaignNames.key(name);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name, created_at FROM campaign WHERE name_key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Campaign(rows.getString("name"),
                            Instant.parse(rows.getString("created_at")), scenarios(connection, key)));
                }
            }
        });
    }

    @Override
    public void save(Campaign campaign) throws IOException {
        String key = CampaignNames.key(campaign.name());
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO campaign(name_key, name,"
                    + " created_at) VALUES (?, ?, ?) ON CONFLICT(name_key) DO UPDATE SET name = excluded.name,"
                    + " created_at = excluded.created_at")) {
                upsert.setString(1, key);
                upsert.setString(2, campaign.name());
                upsert.setString(3, campaign.createdAt().toString());
                upsert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM campaign_scenario WHERE campaign_key = ?")) {
                delete.setString(1, key);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO campaign_scenario(campaign_key,"
                    + " position, name_key, name, expectation) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (Scenario scenario : campaign.scenarios()) {
                    insert.setString(1, key);
                    insert.setInt(2, position++);
                    insert.setString(3, CampaignNames.key(scenario.name()));
                    insert.setString(4, scenario.name());
                    insert.setString(5, scenario.expectation().wireName());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void save(CampaignSession session) throws IOException {
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

    @Override
    public List<CampaignSession> sessionsOf(String campaignName) throws IOException {
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
            sessions.sort(java.util.Comparator.comparing(CampaignSession::createdAt)
                    .thenComparing(CampaignSession::sessionId));
            return sessions;
        });
    }

    @Override
    public void keepRecordPlace(String sessionId, RecordPlace place) throws IOException {
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

    @Override
    public Optional<RecordPlace> recordPlace(String sessionId) throws IOException {
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

    @Override
    public Set<String> keptSessionIds(Collection<String> sessionIds) throws IOException {
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

    @Override
    public void forgetSessions(Collection<String> sessionIds) throws IOException {
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

    private static List<Scenario> scenarios(Connection connection, String campaignKey) throws SQLException {
        List<Scenario> scenarios = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, expectation FROM campaign_scenario WHERE campaign_key = ? ORDER BY position")) {
            select.setString(1, campaignKey);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        scenarios.add(new Scenario(rows.getString("name"), Expectation.parse(rows.getString(2))));
                    } catch (IllegalArgumentException newerKind) {
                        // Written by a newer desk: not shown, and still kept in the file.
                    }
                }
            }
        }
        return scenarios;
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
