package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.campaign.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each campaign session's team record lives: a database of the previous version (step 3, written here as
 * that version wrote it) gains the place without losing a session, its sessions have no place, and a place once
 * kept survives the session's later saves and a restart.
 */
class RecordPlaceMigrationTest {

    private static final int PREVIOUS = 3;

    @TempDir
    Path folder;

    @Test
    void aDatabaseOfThePreviousVersionKeepsItsSessionsAndTheyHaveNoPlace() throws Exception {
        Files.createDirectories(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement()) {
            createPreviousVersion(connection);
            statement.execute("INSERT INTO campaign VALUES ('lobby light', 'Lobby light', '2026-11-30T09:00:00Z')");
            statement.execute("INSERT INTO campaign_scenario VALUES ('lobby light', 0, 'printed a4', 'Printed A4',"
                    + " 'attack:printed-photo')");
            statement.execute("INSERT INTO campaign_session VALUES ('" + id(1) + "', 'lobby light', 'Printed A4',"
                    + " '2026-11-30T09:01:00Z', 'ana', 'us-east-1', 'SUCCEEDED', 12.5, '[\"LOW_LIGHTING_DETECTED\"]',"
                    + " 0, NULL)");
        }

        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            assertThat(database.remembers()).isTrue();
            CampaignSession kept = store.sessionsOf("Lobby light").get(0);
            assertThat(kept.sessionId()).isEqualTo(id(1));
            assertThat(kept.confidence()).hasValue(12.5f);
            assertThat(kept.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED");
            assertThat(store.recordPlace(id(1))).as("kept before places were: no known record").isEmpty();

            store.keepRecordPlace(id(1), new RecordPlace("team-share", "qa/"));
            assertThat(store.recordPlace(id(1))).hasValue(new RecordPlace("team-share", "qa/"));
        }
        assertThat(versions()).startsWith(1, 2, 3, 4);
    }

    @Test
    void aPlaceSurvivesTheSessionsLaterSavesAndARestartAndMayComeBeforeTheSession() throws Exception {
        CampaignSession session = CampaignSession.created(id(2), Instant.parse("2026-12-01T10:00:00Z"),
                "eu-west-1", "Lobby light", "Printed A4", "ana");
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            store.save(Campaign.started("Lobby light", session.createdAt()).withScenario(new Scenario("Printed A4",
                    Expectation.attack(AttackSpecies.PRINTED_PHOTO))));
            // The record's first write and the session's save run side by side: either may land first.
            store.keepRecordPlace(id(2), new RecordPlace("team-share", ""));
            store.save(session);
            store.save(session.withResult("SUCCEEDED", Optional.of(97f), List.of()));
            store.save(session.withExcluded(true, "looked away"));
            store.keepRecordPlace(id(2), new RecordPlace("team-share", "qa/2026/"));
            assertThat(store.recordPlace(id(9))).isEmpty();
        }
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            assertThat(store.recordPlace(id(2))).hasValue(new RecordPlace("team-share", "qa/2026/"));
            assertThat(store.sessionsOf("Lobby light")).singleElement()
                    .satisfies(s -> assertThat(s.excluded()).isTrue());
        }
    }

    /** The schema as the previous version left it: its steps, each recorded as that version recorded them. */
    private static void createPreviousVersion(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL,"
                    + " applied_at TEXT NOT NULL)");
        }
        try (Statement statement = connection.createStatement();
             PreparedStatement recorded = connection.prepareStatement(
                     "INSERT INTO schema_version VALUES (?, ?, '2026-11-30T08:00:00Z')")) {
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() > PREVIOUS) {
                    continue;
                }
                for (String sql : step.statements()) {
                    statement.execute(sql);
                }
                recorded.setInt(1, step.version());
                recorded.setString(2, step.description());
                recorded.executeUpdate();
            }
        }
    }

    private List<Integer> versions() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
            List<Integer> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
            return found;
        }
    }

    private Path file() {
        return folder.resolve(LocalDatabase.FILE_NAME);
    }
}
