package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns kept in the database: found by name in any case, scenarios in order, sessions with their results. */
class SqliteCampaignStoreTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    private static Campaign lightCampaign() {
        return Campaign.started("Lobby light", START)
                .withScenario(new Scenario("bona fide, good light", Expectation.BONA_FIDE))
                .withScenario(new Scenario("printed photo A4", Expectation.attack(AttackSpecies.PRINTED_PHOTO)))
                .withScenario(new Scenario("phone replay", Expectation.attack(AttackSpecies.SCREEN_REPLAY)));
    }

    @Test
    void campaignsScenariosAndSessionsSurviveARestart() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            store.save(lightCampaign());
            store.save(Campaign.started("Masks", START.minusSeconds(3600))
                    .withScenario(new Scenario("silicone", Expectation.attack(AttackSpecies.MASK))));
            store.save(CampaignSession.created(id(2), START.plusSeconds(20), "us-east-1", "lobby LIGHT",
                    "Printed photo a4", "ana"));
            store.save(CampaignSession.created(id(1), START.plusSeconds(10), "us-east-1", "Lobby light",
                    "bona fide, good light", "ana").withResult("SUCCEEDED", Optional.of(97.5f),
                    List.of("LOW_LIGHTING_DETECTED", "FACE_TOO_FAR")));
            store.save(CampaignSession.created(id(3), START.plusSeconds(30), "us-east-1", "Lobby light",
                    "phone replay", "bo").withExcluded(true, "tester looked away"));
        }

        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            assertThat(store.campaigns()).extracting(Campaign::name).containsExactly("Masks", "Lobby light");
            assertThat(store.campaign("LOBBY LIGHT")).hasValue(lightCampaign());
            List<CampaignSession> sessions = store.sessionsOf("lobby light");
            assertThat(sessions).extracting(CampaignSession::sessionId).containsExactly(id(1), id(2), id(3));
            CampaignSession scored = sessions.get(0);
            assertThat(scored.campaignName()).isEqualTo("Lobby light");
            assertThat(scored.rawStatus()).isEqualTo("SUCCEEDED");
            assertThat(scored.confidence()).hasValue(97.5f);
            assertThat(scored.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED", "FACE_TOO_FAR");
            assertThat(scored.tester()).isEqualTo("ana");
            assertThat(sessions.get(1).scenarioName()).isEqualTo("Printed photo a4");
            assertThat(sessions.get(1).confidence()).isEmpty();
            assertThat(sessions.get(2).excluded()).isTrue();
            assertThat(sessions.get(2).note()).hasValue("tester looked away");
            assertThat(store.sessionsOf("Masks")).isEmpty();
            assertThat(store.sessionsOf("nobody's campaign")).isEmpty();
        }
    }

    @Test
    void aSessionIsReplacedByItsLaterStateAndReTaggedWithinItsCampaign() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            store.save(lightCampaign());
            CampaignSession created = CampaignSession.created(id(1), START, "eu-west-1", "Lobby light",
                    "printed photo A4", "ana");
            store.save(created);
            store.save(created.withResult("FAILED", Optional.of(2.5f), List.of()).retagged("phone replay",
                    "it was a phone"));

            assertThat(store.sessionsOf("Lobby light")).singleElement().satisfies(session -> {
                assertThat(session.scenarioName()).isEqualTo("phone replay");
                assertThat(session.rawStatus()).isEqualTo("FAILED");
                assertThat(session.note()).hasValue("it was a phone");
            });
        }
    }

    @Test
    void aSessionOfAnUnknownScenarioIsRefusedInWords() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            store.save(lightCampaign());
            assertThatThrownBy(() -> store.save(CampaignSession.created(id(1), START, "eu-west-1", "Lobby light",
                    "mask", "ana"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("There is no scenario mask in campaign Lobby light: add it to the campaign first.");
            assertThat(store.sessionsOf("Lobby light")).isEmpty();
        }
    }

    @Test
    void aScenarioOfANewerKindIsLeftOutNotGuessed() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteCampaignStore store = new SqliteCampaignStore(database);
            store.save(lightCampaign());
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO campaign_scenario VALUES ('lobby light', 9, 'latex', 'latex',"
                            + " 'attack:latex-glove')");
                }
                return null;
            });
            assertThat(store.campaign("Lobby light").orElseThrow().scenarios()).extracting(Scenario::name)
                    .containsExactly("bona fide, good light", "printed photo A4", "phone replay");
        }
    }
}
