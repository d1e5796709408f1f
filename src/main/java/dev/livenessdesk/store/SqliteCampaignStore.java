package dev.livenessdesk.store;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Campaigns in the local database, beside the history: a campaign row keyed by its case-folded name, its
 * scenarios in the tester's order, and one row per session. A scenario whose kind this version cannot read (a
 * newer desk's species) is left out of the campaign rather than guessed. The sessions' rows are
 * {@link CampaignSessionRows}.
 */
public final class SqliteCampaignStore implements CampaignStore, AutoCloseable {

    private final LocalDatabase database;
    private final boolean closesDatabase;
    private final CampaignSessionRows sessions;

    /** Campaigns in a database its caller closes (the app shares it with the history). */
    public SqliteCampaignStore(LocalDatabase database) {
        this(database, false);
    }

    private SqliteCampaignStore(LocalDatabase database, boolean closesDatabase) {
        this.database = database;
        this.closesDatabase = closesDatabase;
        this.sessions = new CampaignSessionRows(database);
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
        sessions.save(session);
    }

    @Override
    public List<CampaignSession> sessionsOf(String campaignName) throws IOException {
        return sessions.of(campaignName);
    }

    @Override
    public void keepRecordPlace(String sessionId, RecordPlace place) throws IOException {
        sessions.keepRecordPlace(sessionId, place);
    }

    @Override
    public Optional<RecordPlace> recordPlace(String sessionId) throws IOException {
        return sessions.recordPlace(sessionId);
    }

    @Override
    public Set<String> keptSessionIds(Collection<String> sessionIds) throws IOException {
        return sessions.kept(sessionIds);
    }

    @Override
    public void forgetSessions(Collection<String> sessionIds) throws IOException {
        sessions.forget(sessionIds);
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


}
