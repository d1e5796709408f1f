package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteTrailCache;
import dev.livenessdesk.testsupport.ClockSkewProxy;
import dev.livenessdesk.testsupport.CloudTrailStandIn;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import dev.livenessdesk.testsupport.TrailRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code activity} and {@code timeline} with the real SDK over HTTP against the CloudTrail stand-in. */
class ActivityCommandsTest {

    private final CloudTrailStandIn cloudTrail = CloudTrailStandIn.start();
    private final Instant base = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS)
            .plusMillis(250);
    private final Supplier<Backend> aws = () -> new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(),
            FixedProfiles.none());

    @AfterEach
    void close() {
        cloudTrail.close();
    }

    private CliRun run(Supplier<TrailEventCache> cache, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--region";
        all[args.length + 1] = "us-east-1";
        all[args.length + 2] = "--endpoint-url";
        all[args.length + 3] = cloudTrail.uri().toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.runReadingTrail(all, aws, cache, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private String failedSession(int minutes, String code) {
        String id = UUID.randomUUID().toString();
        Instant created = base.plus(Duration.ofMinutes(minutes));
        cloudTrail.add(TrailRecords.create(id, created, "liveness-out", "prod/", 2));
        cloudTrail.add(TrailRecords.start(id, created.plusSeconds(25), "203.0.113.7", TrailRecords.CHROME_ON_WINDOWS,
                code, "The input fails to satisfy the constraints."));
        return id;
    }

    @Test
    void activityPrintsTheWindowsSessionsWithOutcomeReasonAndSummary() {
        String failed = failedSession(5, "ValidationException");
        String never = UUID.randomUUID().toString();
        cloudTrail.add(TrailRecords.create(never, base.plus(Duration.ofMinutes(20)), "liveness-out", "prod/", 0));

        CliRun result = run(() -> TrailEventCache.NONE, "activity", "--since", "24h");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode data = result.envelope().path("data");
        assertThat(data.path("read_whole").asBoolean()).isTrue();
        assertThat(data.path("events_read").asInt()).isEqualTo(3);
        assertThat(data.path("window").path("to").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode sessions = data.path("sessions");
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).path("id").asText()).isEqualTo(never);
        assertThat(sessions.get(0).path("outcome").asText()).isEqualTo("never_started");
        JsonNode first = sessions.get(1);
        assertThat(first.path("id").asText()).isEqualTo(failed);
        assertThat(first.path("created_at").asText()).isEqualTo(base.plus(Duration.ofMinutes(5))
                .truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(first.path("caller").asText()).isEqualTo(TrailRecords.BACKEND_ROLE);
        assertThat(first.path("outcome").asText()).isEqualTo("failed");
        assertThat(first.path("reason").path("code").asText()).isEqualTo("ValidationException");
        assertThat(first.path("reason").path("title").asText()).isEqualTo("The request or the video could not be used");
        assertThat(first.path("reason").path("service_message").asText())
                .isEqualTo("The input fails to satisfy the constraints.");
        assertThat(first.path("source_ip").asText()).isEqualTo("203.0.113.7");
        assertThat(first.path("client").path("browser").asText()).isEqualTo("Chrome 120");
        assertThat(first.path("bucket").asText()).isEqualTo("liveness-out");
        assertThat(data.path("summary").path("failed").asInt()).isEqualTo(1);
        assertThat(data.path("summary").path("never_started").asInt()).isEqualTo(1);
    }

    @Test
    void filtersAndTheLimitNarrowTheRows() {
        failedSession(1, "ValidationException");
        failedSession(2, "SessionNotFoundException");
        cloudTrail.add(TrailRecords.create(UUID.randomUUID().toString(), base.plus(Duration.ofMinutes(3)), "b", "", 0));

        JsonNode data = run(() -> TrailEventCache.NONE, "activity", "--from", base.minusSeconds(60).toString(),
                "--to", base.plus(Duration.ofHours(1)).toString(), "--outcome", "failed", "--caller", "CHECKOUT",
                "--limit", "1").envelope().path("data");

        assertThat(data.path("matching").asInt()).isEqualTo(2);
        assertThat(data.path("sessions")).hasSize(1);
        assertThat(data.path("sessions").get(0).path("reason").path("code").asText())
                .isEqualTo("SessionNotFoundException");
        assertThat(data.path("summary").path("sessions").asInt()).isEqualTo(2);
    }

    @Test
    void badWindowsAndFiltersAreRefusedBeforeAnyCall() {
        Map<String[], String> refused = new HashMap<>();
        refused.put(new String[] {"activity", "--since", "91d"}, "CloudTrail's event history keeps 90 days");
        refused.put(new String[] {"activity", "--since", "2h", "--from", "2026-01-01T00:00:00Z"}, "not both");
        refused.put(new String[] {"activity", "--from", Instant.now().plusSeconds(7200).toString()}, "after now");
        refused.put(new String[] {"activity", "--from", "yesterday"}, "is not a time");
        refused.put(new String[] {"activity", "--outcome", "exploded"}, "'exploded' is not an outcome");
        refused.put(new String[] {"activity", "--limit", "0"}, "Limit: 0 is not a whole number from 1 to 10000");
        refused.put(new String[] {"timeline", "not-a-session"}, "not-a-session");
        for (Map.Entry<String[], String> entry : refused.entrySet()) {
            CliRun result = run(() -> TrailEventCache.NONE, entry.getKey());
            assertThat(result.exitCode()).as(String.join(" ", entry.getKey())).isEqualTo(2);
            JsonNode error = result.envelope().path("error");
            assertThat(error.path("code").asText()).isEqualTo("VALIDATION_ERROR");
            assertThat(error.path("message").asText()).contains(entry.getValue());
        }
        assertThat(cloudTrail.lookups()).isEmpty();
    }

    @Test
    void accessDeniedBeforeAnythingWasReadIsAnErrorNamingTheAction() {
        cloudTrail.enqueue(StandInReply.error(400, "AccessDeniedException", "User is not authorized to perform: "
                + "cloudtrail:LookupEvents"));

        CliRun result = run(() -> TrailEventCache.NONE, "activity", "--since", "1h");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode error = result.envelope().path("error");
        assertThat(error.path("code").asText()).isEqualTo("AccessDeniedException");
        assertThat(error.path("message").asText()).contains("cloudtrail:LookupEvents");
        assertThat(error.path("request_id").asText()).isNotBlank();
    }

    @Test
    void aReadCutShortAfterSomePagesIsAPartialAnswerSaidAsSuch() {
        failedSession(1, "ValidationException");
        cloudTrail.rateLimited(false);
        // Create's page answers; Start's lookups are refused as not allowed.
        cloudTrail.enqueue(StandInReply.ok(
                "{\"Events\":[]}".replace("[]", "[" + pageEvent(cloudTrail) + "]")));
        cloudTrail.enqueue(StandInReply.error(400, "AccessDeniedException", "no"));

        JsonNode data = run(() -> TrailEventCache.NONE, "activity", "--since", "24h").envelope().path("data");

        assertThat(data.path("read_whole").asBoolean()).isFalse();
        assertThat(data.path("stopped_by").path("code").asText()).isEqualTo("AccessDeniedException");
        assertThat(data.path("sessions")).hasSize(1);
        assertThat(data.path("notes").get(0).asText()).startsWith("The window was not read whole:");
    }

    private static String pageEvent(CloudTrailStandIn standIn) {
        String id = UUID.randomUUID().toString();
        String record = TrailRecords.create(id, Instant.now().minus(Duration.ofHours(2)), "b", "", 0).toString();
        return "{\"EventId\":\"" + UUID.randomUUID() + "\",\"EventName\":\"CreateFaceLivenessSession\","
                + "\"CloudTrailEvent\":" + new com.fasterxml.jackson.databind.node.TextNode(record) + "}";
    }

    @Test
    void timelinePrintsTheSessionsEventsInOrderAndWritesTheBundleForAwsSupport(@TempDir Path folder)
            throws Exception {
        String id = failedSession(10, "ValidationException");
        failedSession(11, null);
        cloudTrail.add(TrailRecords.results(id, base.plus(Duration.ofMinutes(12))));
        Path bundle = folder.resolve("case.zip");

        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            CliRun result = run(() -> new SqliteTrailCache(database), "timeline", id.toUpperCase(), "--since", "1d",
                    "--bundle", bundle.toString());

            assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
            JsonNode data = result.envelope().path("data");
            assertThat(data.path("outcome").asText()).isEqualTo("failed");
            assertThat(data.path("events")).extracting(e -> e.path("event_name").asText()).containsExactly(
                    "CreateFaceLivenessSession", "StartFaceLivenessSession", "GetFaceLivenessSessionResults");
            assertThat(data.path("events").get(1).path("words").asText()).startsWith("Start by "
                    + TrailRecords.FRONTEND_ROLE + " from 203.0.113.7 (Chrome 120 on Windows 10/11): The request");
            assertThat(data.path("events").get(1).path("record").asText()).contains("\"errorCode\":\"ValidationException\"");
            assertThat(data.path("events_of_other_sessions").asInt()).isEqualTo(2);
            assertThat(data.path("s3_note").asText()).contains("s3://liveness-out");
            try (ZipFile zip = new ZipFile(bundle.toFile())) {
                String text = new String(zip.getInputStream(zip.getEntry("support.txt")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(text).contains("Session id: " + id, "Region: us-east-1", "Account: 111122223333",
                        "No image is included.");
                String events = new String(zip.getInputStream(zip.getEntry("events.json")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(events)).hasSize(3);
            }

            long asked = cloudTrail.pagesServed();
            CliRun again = run(() -> new SqliteTrailCache(database), "timeline", id, "--since", "1d", "--bundle",
                    bundle.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.envelope().path("error").path("message").asText()).contains("exists already");
            CliRun third = run(() -> new SqliteTrailCache(database), "timeline", id, "--since", "1d");
            assertThat(third.envelope().path("data").path("events")).hasSize(3);
            // A page refused as too many (the runs follow each other closely) is asked again: count pages served.
            assertThat(cloudTrail.pagesServed() - asked).as("only the last minutes are asked again").isEqualTo(3);
        }
        assertThat(Files.exists(bundle)).isTrue();
    }

    @Test
    void theBundleSaysHowFarThisComputersClockIsFromAwsAsTheSetupCheckMeasuresIt(@TempDir Path folder)
            throws Exception {
        String id = failedSession(10, "ValidationException");
        Path bundle = folder.resolve("case.zip");
        // AWS's answers say a time 42 s behind this computer's.
        try (ClockSkewProxy skewed = ClockSkewProxy.inFrontOf(cloudTrail.uri(), Duration.ofSeconds(-42))) {
            StringWriter out = new StringWriter();
            int exit = CommandLineLauncher.runReadingTrail(new String[] {"timeline", id, "--since", "1d", "--bundle",
                    bundle.toString(), "--region", "us-east-1", "--endpoint-url", skewed.uri().toString()}, aws,
                    () -> TrailEventCache.NONE, new PrintWriter(out), new PrintWriter(new StringWriter()));

            assertThat(exit).as(out.toString()).isZero();
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            String text = new String(zip.getInputStream(zip.getEntry("support.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(text).containsPattern("Clock of this computer against AWS: 4[123](\\.\\d+)? s ahead");
        }
    }
}
