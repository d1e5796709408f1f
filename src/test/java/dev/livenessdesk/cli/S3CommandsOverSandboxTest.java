package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.sandbox.SandboxBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code sessions} and {@code images} through the real launcher over the offline sandbox's image store: any backend
 * the launcher is given answers in the same envelope, here with exact times from a fixed clock (S3CommandsTest
 * covers the S3 adapter on S3Mock).
 */
class S3CommandsOverSandboxTest {

    private static final Instant STORED = Instant.parse("2025-03-04T05:06:07Z");
    private static final String FIRST = "11111111-1111-4111-8111-111111111111";
    private static final String SECOND = "22222222-2222-4222-8222-222222222222";
    private static final String THIRD = "33333333-3333-4333-8333-333333333333";

    private SandboxBackend sandbox;

    @BeforeEach
    void storeThreeSessions() {
        sandbox = new SandboxBackend(Clock.fixed(STORED, ZoneOffset.UTC));
        for (String id : new String[] {FIRST, SECOND, THIRD}) {
            sandbox.images().put("liveness-out", "qa/" + id + "/reference.jpg", new byte[300]);
            sandbox.images().put("liveness-out", "qa/" + id + "/audit_10.jpg", new byte[120]);
            sandbox.images().put("liveness-out", "qa/" + id + "/audit_2.jpg", new byte[110]);
        }
        sandbox.images().put("liveness-out", "elsewhere/" + FIRST + "/reference.jpg", new byte[1]);
    }

    @Test
    void sessionsArePagedWithATokenForTheNextPage() {
        CliRun first = CliRun.run(() -> sandbox, "sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/", "--limit", "2");

        assertThat(first.exitCode()).isZero();
        JsonNode data = first.envelope().path("data");
        assertThat(data.path("sessions")).hasSize(2);
        assertThat(data.path("sessions").get(0).path("folder_prefix").asText()).startsWith("qa/").endsWith("/");
        assertThat(data.path("sessions").get(0).path("last_modified").asText()).isEqualTo(STORED.toString());
        String token = data.path("next_page_token").asText();
        assertThat(token).isNotEmpty();

        CliRun second = CliRun.run(() -> sandbox, "sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/", "--limit", "2", "--page-token", token);

        JsonNode rest = second.envelope().path("data");
        assertThat(rest.path("sessions")).hasSize(1);
        assertThat(rest.has("next_page_token")).isFalse();
        assertThat(java.util.stream.Stream.concat(
                        java.util.stream.StreamSupport.stream(data.path("sessions").spliterator(), false),
                        java.util.stream.StreamSupport.stream(rest.path("sessions").spliterator(), false))
                .map(session -> session.path("id").asText()))
                .containsExactlyInAnyOrder(FIRST, SECOND, THIRD);
    }

    @Test
    void oneSessionIsListedExactly() {
        sandbox = new SandboxBackend(Clock.fixed(STORED, ZoneOffset.UTC));
        sandbox.images().put("liveness-out", "qa/" + FIRST + "/reference.jpg", new byte[300]);

        CliRun run = CliRun.run(() -> sandbox, "sessions", "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/");

        assertThat(run.envelope()).isEqualTo(json("""
                {'success':true,'data':{'bucket':'liveness-out','prefix':'qa/','sessions':[
                  {'id':'%s','folder_prefix':'qa/%s/','s3_uri':'s3://liveness-out/qa/%s/',
                   'last_modified':'2025-03-04T05:06:07Z'}]}}""".formatted(FIRST, FIRST, FIRST)));
    }

    @Test
    void imagesAreReferenceFirstThenAuditsInNaturalOrder() {
        CliRun run = CliRun.run(() -> sandbox, "images", FIRST, "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/");

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope()).isEqualTo(json("""
                {'success':true,'data':{'id':'%1$s','bucket':'liveness-out','prefix':'qa/','images':[
                  {'kind':'reference','label':'Reference','s3_uri':'s3://liveness-out/qa/%1$s/reference.jpg',
                   'bucket':'liveness-out','key':'qa/%1$s/reference.jpg','size_bytes':300,
                   'last_modified':'2025-03-04T05:06:07Z'},
                  {'kind':'audit','label':'Audit 1','s3_uri':'s3://liveness-out/qa/%1$s/audit_2.jpg',
                   'bucket':'liveness-out','key':'qa/%1$s/audit_2.jpg','size_bytes':110,
                   'last_modified':'2025-03-04T05:06:07Z'},
                  {'kind':'audit','label':'Audit 2','s3_uri':'s3://liveness-out/qa/%1$s/audit_10.jpg',
                   'bucket':'liveness-out','key':'qa/%1$s/audit_10.jpg','size_bytes':120,
                   'last_modified':'2025-03-04T05:06:07Z'}]}}""".formatted(FIRST)));
    }

    @Test
    void aSessionWithoutImagesIsAnEmptyList() {
        String unknown = "44444444-4444-4444-8444-444444444444";

        CliRun run = CliRun.run(() -> sandbox, "images", unknown, "--region", "us-east-1", "--bucket", "liveness-out",
                "--prefix", "qa/");

        assertThat(run.exitCode()).isZero();
        assertThat(run.envelope()).isEqualTo(json("{'success':true,'data':{'id':'" + unknown + "',"
                + "'bucket':'liveness-out','prefix':'qa/','images':[]}}"));
    }
}
