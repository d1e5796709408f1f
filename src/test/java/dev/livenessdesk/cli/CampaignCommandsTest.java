package dev.livenessdesk.cli;

import static dev.livenessdesk.cli.CliRun.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.ProfileCatalog;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import dev.livenessdesk.core.review.SharedReviews;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * {@code create --campaign} and {@code campaign report} as two testers at two desks (two homes) sharing one bucket:
 * the real SDK to the Rekognition stand-in and to S3Mock, each desk's own SQLite file, exact JSON out.
 */
class CampaignCommandsTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final java.util.concurrent.atomic.AtomicInteger BUCKETS = new java.util.concurrent.atomic.AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path homes;

    private RekognitionStandIn standIn;
    private AwsClients clients;
    private String bucket;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        clients = RekognitionStandIn.clients();
        bucket = "campaign-share-" + BUCKETS.incrementAndGet();
        new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort()))).bucket(bucket);
    }

    @AfterEach
    void stop() {
        standIn.close();
        clients.close();
    }

    private static String id(int n) {
        return String.format("c0000000-0000-4000-8000-%012d", n);
    }

    @Test
    void twoDesksSharingABucketReportTheSameCampaign() throws Exception {
        create("ana", 1, "bona fide", "bona-fide");
        create("ana", 2, "bona fide", null);
        create("ana", 3, "printed photo", "attack:printed-photo");
        create("bo", 4, "phone replay", "attack:screen-replay");
        create("bo", 5, "Printed Photo", "attack:printed-photo");
        result(1, "SUCCEEDED", 95.5f);
        result(2, "SUCCEEDED", 60f);
        result(3, "SUCCEEDED", 85f);
        result(4, "FAILED", 10f);
        result(5, "EXPIRED", null);

        CliRun atAna = run("ana", "campaign", "report", "lobby LIGHT", "--bucket", bucket, "--prefix", "qa/",
                "--region", "us-east-1");

        assertThat(atAna.exitCode()).as(atAna.stderr()).isZero();
        JsonNode report = atAna.envelope().get("data");
        assertThat(report.get("sessions")).isEqualTo(json("""
                {'total':5,'local':3,'shared_records':5,'unreadable_records':0,'followed':5,'updated':5,
                 'written_back':5,'not_asked':0,'not_known_to_service':0,'s3_calls':6}"""));
        ObjectNode metrics = withoutSweepAndSources(report);
        assertThat(metrics).isEqualTo(json("""
                {'campaign':'Lobby light','pass_mark':80,
                 'scenarios':[
                  {'name':'bona fide','expect':'bona-fide','sessions':2,'decided':2,'in_flight':0,'expired':0,
                   'not_scored':0,'excluded':0,'rejected':{'errors':1,'decided':2,'rate':0.5}},
                  {'name':'printed photo','expect':'attack:printed-photo','sessions':2,'decided':1,'in_flight':0,
                   'expired':1,'not_scored':0,'excluded':0,'accepted':{'errors':1,'decided':1,'rate':1.0}},
                  {'name':'phone replay','expect':'attack:screen-replay','sessions':1,'decided':1,'in_flight':0,
                   'expired':0,'not_scored':0,'excluded':0,'accepted':{'errors':0,'decided':1,'rate':0.0}}],
                 'bpcer':{'errors':1,'decided':2,'rate':0.5},
                 'apcer':[{'species':'printed-photo','errors':1,'decided':1,'rate':1.0},
                          {'species':'screen-replay','errors':0,'decided':1,'rate':0.0}],
                 'worst_species':{'species':'printed-photo','errors':1,'decided':1,'rate':1.0},
                 'crossing':{'pass_mark':85.5,'rate':0.5}}"""));
        JsonNode sweep = report.get("sweep");
        assertThat(sweep).hasSize(101);
        assertThat(sweep.get(0)).isEqualTo(json("{'pass_mark':0,'bpcer':0.0,'apcer_worst':1.0}"));
        assertThat(sweep.get(80)).isEqualTo(json("{'pass_mark':80,'bpcer':0.5,'apcer_worst':1.0}"));
        assertThat(sweep.get(100)).isEqualTo(json("{'pass_mark':100,'bpcer':1.0,'apcer_worst':0.0}"));

        // The results went back to the records: the other desk asks the service nothing and reports the same.
        standIn.reset();
        CliRun atBo = run("bo", "campaign", "report", "Lobby light", "--bucket", bucket, "--prefix", "qa/",
                "--region", "us-east-1");
        JsonNode boReport = atBo.envelope().get("data");
        assertThat(withoutSweepAndSources(boReport)).isEqualTo(metrics);
        assertThat(boReport.get("sweep")).isEqualTo(sweep);
        assertThat(boReport.get("sessions").get("followed").asInt()).isZero();
        assertThat(standIn.requests(RekognitionStandIn.GET_RESULTS)).isEmpty();
        assertThat(JSON.readTree(record(3))).isEqualTo(json("""
                {'version':1,'session_id':'%s','campaign':'Lobby light','scenario':'printed photo',
                 'expect':'attack:printed-photo','created_at':'2025-03-04T05:06:07.123Z','tester':'ana',
                 'region':'us-east-1','status':'SUCCEEDED','confidence':85.0,'feedback_codes':[],'excluded':false}
                """.formatted(id(3))));
    }

    @Test
    void oneTeammatesOversizedOrHostileRecordIsNamedAndTheReportGoesOn() throws Exception {
        create("ana", 15, "bona fide", "bona-fide");
        result(15, "SUCCEEDED", 97f);
        S3Seeder seeder = new S3Seeder(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())));
        String oversized = "qa/" + id(16) + "/liveness-desk-record.json";
        seeder.put(bucket, oversized, new byte[65 * 1024], "application/json");
        String huge = "qa/" + id(17) + "/liveness-desk-record.json";
        seeder.put(bucket, huge, new byte[20 * 1024 * 1024], "application/json");
        String escaping = "qa/" + id(18) + "/liveness-desk-record.json";
        seeder.putText(bucket, escaping, record(15).replace(id(15), id(18)).replace("us-east-1", "zz-\\u001b-1"));

        CliRun report = run("bo", "campaign", "report", "Lobby light", "--bucket", bucket, "--prefix", "qa/",
                "--region", "us-east-1");

        assertThat(report.exitCode()).as(report.stdout() + report.stderr()).isZero();
        JsonNode sessions = report.envelope().get("data").get("sessions");
        assertThat(sessions.get("shared_records").asInt()).isEqualTo(1);
        assertThat(sessions.get("unreadable_records").asInt()).isEqualTo(3);
        assertThat(report.stderr()).contains("s3://" + bucket + "/" + oversized, "s3://" + bucket + "/" + huge,
                "s3://" + bucket + "/" + escaping).doesNotContain("viewer");
        assertThat(report.envelope().get("data").get("bpcer")).isEqualTo(json("{'errors':0,'decided':1,'rate':0.0}"));
    }

    @Test
    void createTagsTheSessionAndLocalOnlyKeepsItsRecordOffTheBucket() throws Exception {
        CliRun shared = create("ana", 7, "bona fide", "bona-fide");
        assertThat(shared.envelope().get("data").get("campaign")).isEqualTo(json("""
                {'name':'Lobby light','scenario':'bona fide','expect':'bona-fide','tester':'ana',
                 'kept_locally':true,'shared':true}"""));
        standIn.respondCreated(id(8));
        CliRun localOnly = run("ana", "create", "--region", "us-east-1", "--bucket", bucket, "--prefix", "qa/",
                "--campaign", "Lobby light", "--scenario", "bona fide", "--tester", "ana", "--local-only");
        assertThat(localOnly.envelope().get("data").get("campaign").get("shared").asBoolean()).isFalse();
        assertThat(objectKeys()).containsExactly("qa/" + id(7) + "/liveness-desk-record.json");

        result(7, "SUCCEEDED", 99f);
        result(8, "SUCCEEDED", 20f);
        CliRun report = run("ana", "campaign", "report", "Lobby light");
        JsonNode data = report.envelope().get("data");
        assertThat(data.get("bpcer")).isEqualTo(json("{'errors':1,'decided':2,'rate':0.5}"));
        assertThat(data.get("sessions")).isEqualTo(json("""
                {'total':2,'local':2,'shared_records':0,'unreadable_records':0,'followed':2,'updated':2,
                 'written_back':0,'not_asked':0,'not_known_to_service':0,'s3_calls':0}"""));
    }

    @Test
    void createKeepsWhereTheRecordWentSoTheAppCanRewriteIt() throws Exception {
        create("ana", 12, "bona fide", "bona-fide");
        standIn.respondCreated(id(13));
        run("ana", "create", "--region", "us-east-1", "--bucket", bucket, "--prefix", "qa/", "--campaign",
                "Lobby light", "--scenario", "bona fide", "--tester", "ana", "--local-only");

        try (SqliteCampaignStore store = SqliteCampaignStore.closingDatabase(LocalDatabase.open(homes.resolve("ana"),
                Clock.systemUTC()))) {
            assertThat(store.recordPlace(id(12))).hasValue(new RecordPlace(bucket, "qa/"));
            assertThat(store.recordPlace(id(13))).as("--local-only: no record, no place").isEmpty();
        }
    }

    @Test
    void aReportReadFromAParentPrefixWritesEachResultBackWhereItsRecordIs() throws Exception {
        standIn.respondCreated(id(14));
        CliRun created = run("ana", "create", "--region", "us-east-1", "--bucket", bucket, "--prefix", "qa/2026-12/",
                "--campaign", "Lobby light", "--scenario", "bona fide", "--expect", "bona-fide", "--tester", "ana");
        assertThat(created.exitCode()).as(created.stderr()).isZero();
        result(14, "SUCCEEDED", 93f);

        CliRun report = run("bo", "campaign", "report", "Lobby light", "--bucket", bucket, "--prefix", "qa/",
                "--region", "us-east-1");

        assertThat(report.envelope().get("data").get("sessions").get("written_back").asInt()).isEqualTo(1);
        String key = "qa/2026-12/" + id(14) + "/liveness-desk-record.json";
        assertThat(objectKeys()).as("the record itself, never a second one under the prefix read").containsExactly(key);
        assertThat(JSON.readTree(clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(
                GetObjectRequest.builder().bucket(bucket).key(key).build(), ResponseTransformer.toBytes())
                .asUtf8String()).get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aCreateWithoutCampaignOptionsLeavesTheLocalDatabaseAlone() {
        standIn.respondCreated(id(9));

        CliRun plain = run("bea", "create", "--region", "us-east-1", "--bucket", bucket, "--prefix", "qa/");

        assertThat(plain.exitCode()).as(plain.stdout() + plain.stderr()).isZero();
        assertThat(homes.resolve("bea").resolve(LocalDatabase.FILE_NAME))
                .as("no database opened (nor created) for a plain create").doesNotExist();
    }

    @Test
    void campaignMistakesAreRefusedBeforeAnyCall() {
        create("ana", 9, "bona fide", "bona-fide");
        standIn.reset();

        CliRun differs = run("ana", "create", "--region", "us-east-1", "--campaign", "Lobby light", "--scenario",
                "BONA FIDE", "--expect", "attack:mask");
        assertThat(differs.exitCode()).isEqualTo(2);
        assertThat(differs.envelope().get("error").get("message").asText()).isEqualTo("expect: scenario bona fide"
                + " of campaign Lobby light is bona-fide on this computer, not attack:mask; use another scenario name");
        CliRun unknownKind = run("ana", "create", "--region", "us-east-1", "--campaign", "Lobby light",
                "--scenario", "gloves", "--expect", "attack:glove");
        assertThat(unknownKind.exitCode()).isEqualTo(2);
        assertThat(unknownKind.envelope().get("error").get("message").asText()).startsWith("expect: ");
        CliRun newWithoutKind = run("ana", "create", "--region", "us-east-1", "--campaign", "Lobby light",
                "--scenario", "gloves");
        assertThat(newWithoutKind.envelope().get("error").get("message").asText()).isEqualTo("expect: scenario"
                + " gloves is new: say what it presents with --expect, one of bona-fide, attack:printed-photo,"
                + " attack:screen-replay, attack:mask, attack:injection, attack:other");
        CliRun noCampaign = run("ana", "create", "--region", "us-east-1", "--scenario", "x", "--local-only");
        assertThat(noCampaign.exitCode()).isEqualTo(2);
        CliRun badMark = run("ana", "campaign", "report", "Lobby light", "--pass-mark", "٨٠");
        assertThat(badMark.exitCode()).isEqualTo(2);
        assertThat(badMark.envelope().get("error").get("message").asText())
                .isEqualTo("pass-mark: ٨٠ is not a whole number from 0 to 100");
        CliRun unknown = run("ana", "campaign", "report", "Nobody's");
        assertThat(unknown.envelope().get("error").get("message").asText())
                .as("names the campaigns that exist").isEqualTo("campaign: no campaign Nobody's on this computer."
                        + " Campaigns known here: 'Lobby light'.");
        assertThat(standIn.requests()).isEmpty();
    }

    /**
     * Two reviewers' labels in the records: the report states what they say at its pass mark, and review export
     * prints the reviews, the pair's agreement and the session they disagree on.
     */
    @Test
    void theReportAndTheExportStateWhatTheReviewersLabelsSay() throws Exception {
        create("ana", 21, "bona fide", "bona-fide");
        create("ana", 22, "bona fide", null);
        create("ana", 23, "printed photo", "attack:printed-photo");
        create("bo", 24, "phone replay", "attack:screen-replay");
        result(21, "SUCCEEDED", 95.5f);
        result(22, "SUCCEEDED", 60f);
        result(23, "SUCCEEDED", 85f);
        result(24, "FAILED", 10f);
        SharedReviews reviews = new StandInRouting(new AwsBackend(clients, Clock.systemUTC(), FixedProfiles.none()),
                standIn, S3_MOCK.getHttpPort()).sharedReviews(null).orElseThrow();
        RecordPlace place = new RecordPlace(bucket, "qa/");
        reviews.append(place, id(21), List.of(review(21, "ana", ReviewLabel.LIVE, ReviewRound.FIRST),
                review(21, "bo", ReviewLabel.LIVE, ReviewRound.SECOND)));
        reviews.append(place, id(22), List.of(review(22, "ana", ReviewLabel.LIVE, ReviewRound.FIRST)));
        reviews.append(place, id(23), List.of(review(23, "ana", ReviewLabel.PRINTED_PHOTO, ReviewRound.FIRST),
                review(23, "bo", ReviewLabel.LIVE, ReviewRound.SECOND)));
        reviews.append(place, id(24), List.of(review(24, "ana", ReviewLabel.SCREEN_REPLAY, ReviewRound.FIRST)));

        CliRun report = run("ana", "campaign", "report", "Lobby light", "--bucket", bucket, "--prefix", "qa/",
                "--region", "us-east-1");

        assertThat(report.exitCode()).as(report.stderr()).isZero();
        JsonNode labels = json("""
                {'pass_mark':80,'labelled':3,'disputed':1,'cannot_tell':0,'not_reviewed':0,
                 'rejected_but_labelled_live':1,'unlike_scenario':0,'accepted_but_labelled_attack':[],
                 'bpcer':{'errors':1,'decided':2,'rate':0.5},
                 'apcer':[{'species':'screen-replay','errors':0,'decided':1,'rate':0.0}]}""");
        assertThat(report.envelope().get("data").get("labels")).isEqualTo(labels);

        CliRun export = run("bo", "review", "export", "--bucket", bucket, "--prefix", "qa/", "--campaign",
                "LOBBY light", "--region", "us-east-1");

        assertThat(export.exitCode()).as(export.stderr()).isZero();
        JsonNode data = export.envelope().get("data");
        assertThat(data.get("campaign").asText()).isEqualTo("Lobby light");
        assertThat(data.get("reviews")).hasSize(6);
        assertThat(data.get("reviews").get(0)).isEqualTo(json("""
                {'session_id':'%s','label':'live','flags':[],'note':'seen on the desk','reviewer':'ana',
                 'at':'2026-12-01T10:21:00Z','round':'first'}""".formatted(id(21))));
        assertThat(data.get("agreement")).isEqualTo(json("[{'first':'ana','second':'bo','sessions':2,'agree':1,"
                + "'kappa':0.0}]"));
        assertThat(data.get("disagreements")).isEqualTo(json("['%s']".formatted(id(23))));
        assertThat(data.get("labels")).isEqualTo(labels);
        CliRun.assertTimesInWholeSecondsUtc(export.envelope());
    }

    private static Review review(int n, String reviewer, ReviewLabel label, ReviewRound round) {
        return new Review(id(n), label, java.util.Set.of(), Optional.of("seen on the desk"), reviewer,
                java.time.Instant.parse("2026-12-01T10:00:00Z").plusSeconds(60L * n
                        + (round == ReviewRound.SECOND ? 1 : 0)), round);
    }

    private CliRun create(String tester, int n, String scenario, String expect) {
        standIn.respondCreated(id(n));
        List<String> args = new ArrayList<>(List.of("create", "--region", "us-east-1", "--bucket", bucket,
                "--prefix", "qa/", "--campaign", "Lobby light", "--scenario", scenario, "--tester", tester));
        if (expect != null) {
            args.addAll(List.of("--expect", expect));
        }
        CliRun run = run(tester, args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }

    private void result(int n, String status, Float confidence) {
        ObjectNode body = JSON.createObjectNode().put("SessionId", id(n)).put("Status", status);
        if (confidence != null) {
            body.put("Confidence", confidence);
        }
        standIn.respondResultsFor(id(n), body);
    }

    /** One desk: its own home (data folder), the real SDK, S3 at S3Mock and Rekognition at the stand-in. */
    private CliRun run(String desk, String... args) {
        Supplier<Backend> backend = () -> new StandInRouting(new AwsBackend(clients, Clock.fixed(StandInBackends.NOW,
                java.time.ZoneOffset.UTC), FixedProfiles.none()), standIn, S3_MOCK.getHttpPort());
        Supplier<CampaignStore> campaigns = () -> {
            try {
                return SqliteCampaignStore.closingDatabase(LocalDatabase.open(homes.resolve(desk), Clock.systemUTC()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.run(args, backend, campaigns, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    private String record(int n) {
        return clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).getObject(GetObjectRequest.builder()
                .bucket(bucket).key("qa/" + id(n) + "/liveness-desk-record.json").build(),
                ResponseTransformer.toBytes()).asUtf8String();
    }

    private List<String> objectKeys() {
        return clients.s3(S3TestConnection.settings(S3_MOCK.getHttpPort())).listObjectsV2(b -> b.bucket(bucket))
                .contents().stream().map(o -> o.key()).toList();
    }

    private static ObjectNode withoutSweepAndSources(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("sweep");
        copy.remove("sessions");
        copy.remove("labels");
        return copy;
    }

    /** Sends Rekognition calls to the stand-in and S3 calls to S3Mock, as two AWS_ENDPOINT_URL_* would. */
    private record StandInRouting(Backend aws, RekognitionStandIn standIn, int s3Port) implements Backend {

        @Override
        public LivenessSessions livenessSessions(ConnectionSettings connection) {
            return aws.livenessSessions(standIn.connection(connection.region()));
        }

        @Override
        public ImageStore imageStore(ConnectionSettings connection) {
            return aws.imageStore(S3TestConnection.settings(s3Port));
        }

        @Override
        public Optional<SessionRecords> sessionRecords(ConnectionSettings connection) {
            return aws.sessionRecords(S3TestConnection.settings(s3Port));
        }

        @Override
        public Optional<SharedReviews> sharedReviews(ConnectionSettings connection) {
            return aws.sharedReviews(S3TestConnection.settings(s3Port));
        }

        @Override
        public ProfileCatalog profiles() {
            return aws.profiles();
        }

        @Override
        public boolean isSandbox() {
            return false;
        }

        @Override
        public void close() {
            // The clients are the test's, closed after it.
        }
    }
}
