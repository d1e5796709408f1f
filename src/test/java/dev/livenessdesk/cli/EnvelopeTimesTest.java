package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every time the envelopes carry (create's created_at from a clock with milliseconds, S3's last_modified in the
 * sessions and images listings) is read by jq's own {@code fromdateiso8601}, as QA scripts read it: jq refuses a
 * fraction of a second or an offset other than Z. The jq binary is .ci/run's.
 */
class EnvelopeTimesTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "liveness-times";
    private static final String SESSION_ID = "44444444-4444-4444-8444-444444444444";

    private static AwsClients seedClients;

    @BeforeAll
    static void seed() {
        seedClients = S3TestConnection.clients();
        new S3Seeder(seedClients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).bucket(BUCKET)
                .putJpeg(BUCKET, "qa/" + SESSION_ID + "/reference.jpg", new byte[30]);
    }

    @AfterAll
    static void closeClients() {
        seedClients.close();
    }

    @Test
    void everyTimeInTheEnvelopesIsReadByJqsFromdateiso8601() throws Exception {
        List<String> envelopes = new ArrayList<>();
        try (RekognitionStandIn standIn = RekognitionStandIn.start()) {
            standIn.respondCreated(SESSION_ID);
            CliRun create = CliRun.run(StandInBackends.aws(), "create", "--region", RekognitionStandIn.REGION,
                    "--endpoint-url", standIn.uri().toString());
            assertThat(create.exitCode()).as(create.stdout()).isZero();
            envelopes.add(create.stdout());
        }
        for (String[] args : List.of(new String[] {"sessions", "--bucket", BUCKET, "--prefix", "qa/"},
                new String[] {"images", SESSION_ID, "--bucket", BUCKET, "--prefix", "qa/"})) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--region", S3TestConnection.REGION,
                    "--endpoint-url", "http://localhost:" + S3_MOCK.getHttpPort()));
            CliRun run = CliRun.run(() -> new AwsBackend(S3TestConnection.clients(), Clock.systemUTC(),
                    FixedProfiles.none()), all.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.stdout()).isZero();
            envelopes.add(run.stdout());
        }

        for (String envelope : envelopes) {
            // Each string that starts like a date, read as jq reads a time; the count proves some were found.
            String read = jq("[.. | strings | select(test(\"^[0-9]{4}-[0-9]{2}-[0-9]{2}T\")) | fromdateiso8601]"
                    + " | length", envelope);
            assertThat(Integer.parseInt(read.strip())).as("times jq read in %s", envelope).isPositive();
        }
        assertThat(jq(".data.created_at | fromdateiso8601", envelopes.get(0)).strip())
                .isEqualTo(String.valueOf(StandInBackends.NOW.getEpochSecond()));
    }

    private static String jq(String filter, String input) throws IOException, InterruptedException {
        Process jq = new ProcessBuilder("jq", "-e", filter).start();
        jq.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        jq.getOutputStream().close();
        String out = new String(jq.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(jq.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jq.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jq.exitValue()).as("jq %s on %s: %s", filter, input, err).isZero();
        return out;
    }
}
