package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.SetupStandIns;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code liveness-desk doctor}: the checklist as one envelope, exit 0 / 1 / 2, against the wire stand-ins. */
class DoctorCommandTest {

    private SetupStandIns standIns;
    private AwsClients clients;
    private Supplier<Backend> backend;

    @BeforeEach
    void start() {
        standIns = new SetupStandIns();
        clients = RekognitionStandIn.clients();
        backend = () -> new AwsBackend(clients, Clock.systemUTC(), FixedProfiles.none(), standIns.endpoints());
    }

    @AfterEach
    void stop() {
        clients.close();
        standIns.close();
    }

    private CliRun doctor(String... more) {
        List<String> args = new ArrayList<>(List.of("doctor", "--endpoint-url", standIns.clock.uri().toString()));
        args.addAll(List.of(more));
        return CliRun.run(backend, args.toArray(String[]::new));
    }

    @Test
    void aGoodSetupExitsZeroWithEveryRowInTheEnvelope() {
        CliRun run = doctor("--region", "us-east-1", "--kms-key-id", "alias/liveness");

        assertThat(run.exitCode()).as(run.stdout()).isEqualTo(0);
        JsonNode data = run.envelope().path("data");
        assertThat(run.envelope().path("success").asBoolean()).isTrue();
        assertThat(data.path("region").asText()).isEqualTo("us-east-1");
        assertThat(data.path("kms_key_id").asText()).isEqualTo("alias/liveness");
        assertThat(data.path("took_ms").isIntegralNumber()).isTrue();
        assertThat(ids(data)).containsExactly("region", "credentials", "clock", "bucket", "permissions", "kms_key");
        assertThat(statuses(data)).containsExactly("ok", "ok", "ok", "unknown", "ok", "ok");
        assertThat(data.path("summary")).isEqualTo(CliRun.json("{'ok':5,'warn':0,'fail':0,'unknown':1}"));
        JsonNode clock = data.path("checks").get(2);
        assertThat(clock.path("title").asText()).isEqualTo("This computer's clock is right");
        assertThat(clock.path("message").asText()).startsWith("This computer's clock is ");
        assertThat(clock.path("fix").asText()).isEmpty();
    }

    @Test
    void aClockTenMinutesOffFailsWithItsFixAndExitsOne() {
        standIns.clock.offset(Duration.ofMinutes(-10));

        CliRun run = doctor("--region", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode clock = run.envelope().path("data").path("checks").get(2);
        assertThat(clock.path("id").asText()).isEqualTo("clock");
        assertThat(clock.path("status").asText()).isEqualTo("fail");
        assertThat(clock.path("message").asText()).contains("ahead of AWS").contains("Signature expired");
        assertThat(clock.path("fix").asText()).isEqualTo("Turn on automatic date and time (NTP) on this computer, or "
                + "set the clock right, then check again.");
        assertThat(run.envelope().path("data").path("summary").path("fail").asInt()).isEqualTo(1);
    }

    @Test
    void aRegionWithoutFaceLivenessFailsButIsNotRefusedInput() {
        CliRun run = doctor("--region", "us-east-2");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode region = run.envelope().path("data").path("checks").get(0);
        assertThat(region.path("status").asText()).isEqualTo("fail");
        assertThat(region.path("message").asText()).startsWith("Face Liveness is not offered in us-east-2");
        assertThat(run.stderr()).doesNotContain("warning");
    }

    @Test
    void badInputIsRefusedBeforeAnyCallWithExitTwo() {
        CliRun badBucket = doctor("--region", "us-east-1", "--bucket", "no spaces allowed");
        assertThat(badBucket.exitCode()).isEqualTo(2);
        assertThat(badBucket.envelope().path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(badBucket.envelope().path("error").path("message").asText()).isEqualTo("S3 bucket: Bucket names "
                + "are 3 to 255 characters: letters, digits, '.', '-' and '_'.");

        CliRun prefixAlone = doctor("--region", "us-east-1", "--prefix", "qa/");
        assertThat(prefixAlone.exitCode()).isEqualTo(2);
        assertThat(prefixAlone.envelope().path("error").path("message").asText())
                .isEqualTo("Key prefix: A key prefix needs a bucket: fill in the S3 bucket or clear the prefix.");

        CliRun noRegion = doctor();
        assertThat(noRegion.exitCode()).isEqualTo(2);
        assertThat(noRegion.envelope().path("error").path("code").asText()).isEqualTo("VALIDATION_ERROR");

        assertThat(standIns.rekognition.requests()).isEmpty();
        assertThat(standIns.sts.forms()).isEmpty();
    }

    private static List<String> ids(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.path("checks").forEach(check -> ids.add(check.path("id").asText()));
        return ids;
    }

    private static List<String> statuses(JsonNode data) {
        List<String> statuses = new ArrayList<>();
        data.path("checks").forEach(check -> statuses.add(check.path("status").asText()));
        return statuses;
    }
}
