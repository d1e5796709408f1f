package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.testsupport.AthenaStandIn;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.TrailRecords;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code activity --athena-table ... --athena-output ...} with the real SDK over HTTP against the Athena stand-in. */
class ActivityAthenaCommandTest {

    private final AthenaStandIn athena = AthenaStandIn.start();
    private final Supplier<Backend> aws = () -> new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(),
            FixedProfiles.none());

    @AfterEach
    void close() {
        athena.close();
    }

    private JsonNode run(String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--region";
        all[args.length + 1] = "us-east-1";
        all[args.length + 2] = "--endpoint-url";
        all[args.length + 3] = athena.uri().toString();
        StringWriter out = new StringWriter();
        CommandLineLauncher.runReadingTrail(all, aws, () -> TrailEventCache.NONE, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        return new CliRun(0, out.toString(), "").envelope();
    }

    @Test
    void aWindowPastNinetyDaysIsReadThroughAthena() {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        String id = UUID.randomUUID().toString();
        Instant old = Instant.now().minus(Duration.ofDays(120)).truncatedTo(ChronoUnit.SECONDS);
        athena.add(TrailRecords.create(id, old, "liveness-out", "prod/", 0));
        athena.add(TrailRecords.start(id, old.plusSeconds(20), "203.0.113.7", TrailRecords.CHROME_ON_WINDOWS,
                "SessionNotFoundException", "Session not found"));

        JsonNode envelope = run("activity", "--since", "150d", "--athena-table", "Trail.CloudTrail_Logs",
                "--athena-output", "s3://desk-results/athena/");

        assertThat(envelope.path("success").asBoolean()).as(envelope.toString()).isTrue();
        JsonNode data = envelope.path("data");
        assertThat(data.path("read_whole").asBoolean()).isTrue();
        assertThat(data.path("sessions").get(0).path("id").asText()).isEqualTo(id);
        assertThat(data.path("sessions").get(0).path("reason").path("code").asText())
                .isEqualTo("SessionNotFoundException");
        assertThat(athena.queries().get(0).sql()).contains("FROM \"trail\".\"cloudtrail_logs\"");
    }

    @Test
    void withoutAthenaAWindowPastNinetyDaysPointsAtTheAthenaSetting() {
        JsonNode envelope = run("activity", "--since", "150d");

        assertThat(envelope.path("success").asBoolean()).isFalse();
        assertThat(envelope.path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(envelope.path("error").path("message").asText()).contains("keeps 90 days")
                .contains("--athena-table").contains("Read through Athena");
        assertThat(athena.operations()).isEmpty();
    }

    @Test
    void aTableNameThatCouldCarrySqlIsRefusedBeforeAnyCall() {
        JsonNode envelope = run("activity", "--athena-table", "trail.logs\"; DROP TABLE x; --",
                "--athena-output", "s3://desk-results/");

        assertThat(envelope.path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(envelope.path("error").path("message").asText()).contains("characters Athena does not allow");
        assertThat(run("activity", "--athena-table", "trail.logs").path("error").path("message").asText())
                .contains("go together");
        assertThat(run("activity", "--athena-table", "trail.logs", "--athena-output", "https://x/")
                .path("error").path("message").asText()).contains("is not an S3 location");
        assertThat(athena.operations()).isEmpty();
    }
}
