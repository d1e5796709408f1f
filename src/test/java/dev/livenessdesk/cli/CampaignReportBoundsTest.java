package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.sharing.CampaignFollower;
import dev.livenessdesk.core.sharing.TeamCampaigns;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.testsupport.FaultyEndpoint;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/**
 * {@code campaign report} bounded as a whole, against the real SDK: a hung Rekognition endpoint costs one round of
 * parallel questions, not one time limit per session, and says what was not asked; a session the service does not
 * know is remembered (the real SQLite file) and not asked about again.
 */
class CampaignReportBoundsTest {

    private static final String CAMPAIGN = "Lobby light";
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path home;

    private static String id(int n) {
        return String.format("c0000000-0000-4000-8000-%012d", n);
    }

    private void sessions(int count) throws Exception {
        try (SqliteCampaignStore store = store()) {
            store.save(Campaign.started(CAMPAIGN, START).withScenario(new Scenario("printed photo",
                    Expectation.attack(AttackSpecies.PRINTED_PHOTO))));
            for (int n = 1; n <= count; n++) {
                store.save(CampaignSession.created(id(n), START.plusSeconds(n), "us-east-1", CAMPAIGN,
                        "printed photo", "ana"));
            }
        }
    }

    private SqliteCampaignStore store() throws java.io.IOException {
        return SqliteCampaignStore.closingDatabase(LocalDatabase.open(home, Clock.systemUTC()));
    }

    private CliRun report(AwsClients clients, String endpoint) {
        Supplier<Backend> backend = () -> new AwsBackend(clients, Clock.systemUTC(), FixedProfiles.none());
        Supplier<CampaignStore> campaigns = () -> {
            try {
                return store();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.run(new String[] {"campaign", "report", CAMPAIGN, "--region", "us-east-1",
                "--endpoint-url", endpoint}, backend, campaigns, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void aHungEndpointCostsOneRoundOfQuestionsAndTheReportSaysWhatWasNotAsked() throws Exception {
        sessions(8);
        // Each question may take 2 s: asked one after another, 8 sessions would take 16 s.
        try (FaultyEndpoint hung = FaultyEndpoint.start(new FaultyEndpoint.Hang());
             AwsClients clients = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                     .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2)))) {
            long started = System.nanoTime();
            CliRun run = report(clients, hung.uri().toString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
            // 4 at once; after a failure nothing new goes out until something answers, and the third stops it.
            assertThat(took).as("one round of 2 s, not 8").isLessThan(Duration.ofSeconds(5));
            JsonNode sessions = run.envelope().get("data").get("sessions");
            assertThat(sessions.get("followed").asInt()).isEqualTo(4);
            assertThat(sessions.get("not_asked").asInt()).isEqualTo(4);
            assertThat(hung.requests()).isEqualTo(4);
            assertThat(run.stderr()).contains("stopped asking the service after 3 failures in a row: 4 sessions not"
                    + " asked about are reported as they last stood");
            assertThat(run.envelope().get("data").get("scenarios").get(0).get("in_flight").asInt()).isEqualTo(8);
        }
    }

    @Test
    void aSessionTheServiceDoesNotKnowIsRememberedAndNotAskedAgain() throws Exception {
        sessions(1);
        try (RekognitionStandIn standIn = RekognitionStandIn.start(); AwsClients clients = RekognitionStandIn.clients()) {
            standIn.failWith(RekognitionStandIn.GET_RESULTS, 400, "SessionNotFoundException",
                    "Session not found");

            CliRun first = report(clients, standIn.uri().toString());
            CliRun second = report(clients, standIn.uri().toString());

            assertThat(first.exitCode()).as(first.stderr()).isZero();
            assertThat(first.envelope().get("data").get("sessions").get("not_known_to_service").asInt()).isEqualTo(1);
            assertThat(second.envelope().get("data").get("sessions").get("followed").asInt()).isZero();
            assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).hasSize(1);
            JsonNode scenario = second.envelope().get("data").get("scenarios").get(0);
            assertThat(scenario.get("in_flight").asInt()).isZero();
            assertThat(scenario.get("not_scored").asInt()).isEqualTo(1);
            try (SqliteCampaignStore store = store()) {
                assertThat(store.sessionsOf(CAMPAIGN).get(0).rawStatus())
                        .isEqualTo(CampaignSession.NOT_KNOWN_TO_SERVICE);
            }
        }
    }

    @Test
    void theAskingEndsAtItsDeadlineWhateverEachCallsOwnLimit() throws Exception {
        sessions(2);
        try (FaultyEndpoint hung = FaultyEndpoint.start(new FaultyEndpoint.Hang());
             AwsClients clients = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry()));
             SqliteCampaignStore store = store()) {
            AwsBackend aws = new AwsBackend(clients, Clock.systemUTC(), FixedProfiles.none());
            var campaign = TeamCampaigns.gather(store, CAMPAIGN, store.sessionsOf(CAMPAIGN), List.of()).orElseThrow();
            CampaignFollower follower = new CampaignFollower(region -> aws.livenessSessions(new ConnectionSettings(
                    Optional.empty(), region, Optional.of(hung.uri()), Optional.empty())), store, Optional.empty(),
                    new CampaignFollower.Limits(4, 100, Duration.ofSeconds(2)));

            long started = System.nanoTime();
            CampaignFollower.Followed followed = follower.follow(campaign, store.sessionsOf(CAMPAIGN));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).as("the 2 s deadline, not the 10 s attempt").isLessThan(Duration.ofSeconds(4));
            assertThat(followed.stop()).isEqualTo(CampaignFollower.Stop.DEADLINE);
            assertThat(followed.notAsked()).isEqualTo(2);
            assertThat(followed.campaign().sessions()).allMatch(s -> s.rawStatus().equals("CREATED"));
        }
    }
}
