package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code sessions} and {@code images} through the real launcher and the S3 adapter against S3Mock. */
class S3CommandsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final String BUCKET = "liveness-cli";
    private static final String FIRST = "11111111-1111-4111-8111-111111111111";
    private static final String SECOND = "22222222-2222-4222-8222-222222222222";
    private static final String THIRD = "33333333-3333-4333-8333-333333333333";

    private static AwsClients seedClients;

    @BeforeAll
    static void seed() {
        seedClients = S3TestConnection.clients();
        S3Seeder seeder = new S3Seeder(seedClients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())))
                .bucket(BUCKET);
        for (String id : new String[] {FIRST, SECOND, THIRD}) {
            seeder.putJpeg(BUCKET, "qa/" + id + "/reference.jpg", new byte[300])
                    .putJpeg(BUCKET, "qa/" + id + "/audit_10.jpg", new byte[120])
                    .putJpeg(BUCKET, "qa/" + id + "/audit_2.jpg", new byte[110]);
        }
        seeder.putJpeg(BUCKET, "other/" + FIRST + "/reference.jpg", new byte[1]);
    }

    @AfterAll
    static void closeClients() {
        seedClients.close();
    }

    @Test
    void sessionsArePagedThroughTheEndpointOption() {
        CliRun first = run("sessions", "--bucket", BUCKET, "--prefix", "qa/", "--limit", "2");

        assertThat(first.exitCode()).as(first.stdout()).isZero();
        JsonNode page = first.envelope().path("data");
        assertThat(page.path("bucket").asText()).isEqualTo(BUCKET);
        assertThat(page.path("sessions")).hasSize(2);
        String token = page.path("next_page_token").asText();
        assertThat(token).isNotEmpty();

        CliRun second = run("sessions", "--bucket", BUCKET, "--prefix", "qa/", "--limit", "2", "--page-token", token);

        JsonNode rest = second.envelope().path("data");
        assertThat(rest.has("next_page_token")).isFalse();
        List<String> ids = new ArrayList<>();
        page.path("sessions").forEach(session -> ids.add(session.path("id").asText()));
        rest.path("sessions").forEach(session -> ids.add(session.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder(FIRST, SECOND, THIRD);
        JsonNode one = page.path("sessions").get(0);
        String id = one.path("id").asText();
        assertThat(withoutTime(one)).isEqualTo(json("{'id':'" + id + "','folder_prefix':'qa/" + id + "/',"
                + "'s3_uri':'s3://" + BUCKET + "/qa/" + id + "/'}"));
    }

    @Test
    void imagesAreReferenceFirstThenAuditsInNaturalOrder() {
        CliRun run = run("images", FIRST, "--bucket", BUCKET, "--prefix", "qa/");

        assertThat(run.exitCode()).as(run.stdout()).isZero();
        ObjectNode data = (ObjectNode) run.envelope().path("data");
        data.path("images").forEach(S3CommandsTest::withoutTime);
        assertThat(data).isEqualTo(json("""
                {'id':'%1$s','bucket':'%2$s','prefix':'qa/','images':[
                  {'kind':'reference','label':'Reference','s3_uri':'s3://%2$s/qa/%1$s/reference.jpg',
                   'bucket':'%2$s','key':'qa/%1$s/reference.jpg','size_bytes':300},
                  {'kind':'audit','label':'Audit 1','s3_uri':'s3://%2$s/qa/%1$s/audit_2.jpg',
                   'bucket':'%2$s','key':'qa/%1$s/audit_2.jpg','size_bytes':110},
                  {'kind':'audit','label':'Audit 2','s3_uri':'s3://%2$s/qa/%1$s/audit_10.jpg',
                   'bucket':'%2$s','key':'qa/%1$s/audit_10.jpg','size_bytes':120}]}""".formatted(FIRST, BUCKET)));
    }

    @Test
    void aMissingBucketIsAServiceErrorWithS3sCode() {
        CliRun run = run("sessions", "--bucket", "no-such-bucket-here", "--prefix", "qa/");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode error = run.envelope().path("error");
        assertThat(error.path("code").asText()).isEqualTo("NoSuchBucket");
        assertThat(error.path("message").asText()).contains("no-such-bucket-here");
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", S3TestConnection.REGION,
                "--endpoint-url", "http://localhost:" + S3_MOCK.getHttpPort()));
        return CliRun.run(backend(), all.toArray(String[]::new));
    }

    private static Supplier<Backend> backend() {
        return () -> new AwsBackend(S3TestConnection.clients(), Clock.systemUTC(), FixedProfiles.none());
    }

    /** Drops last_modified after checking it is an instant: S3Mock stamps its own time. */
    private static JsonNode withoutTime(JsonNode node) {
        Instant.parse(node.path("last_modified").asText());
        ((ObjectNode) node).remove("last_modified");
        return node;
    }
}
