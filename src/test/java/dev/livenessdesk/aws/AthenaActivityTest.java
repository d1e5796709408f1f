package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.SessionTimeline;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.testsupport.AthenaStandIn;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.TrailRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/** The Athena route with the real SDK client over HTTP against a stand-in that speaks Athena's awsJson1.1. */
class AthenaActivityTest {

    private static final Instant FROM = Instant.parse("2026-03-01T13:00:00Z");
    private static final ActivityWindow WINDOW = new ActivityWindow(FROM, Instant.parse("2026-03-02T13:00:00Z"));
    private static final AthenaTable TABLE = AthenaTable.parse("trail.cloudtrail_logs", "s3://desk-results/athena")
            .table().orElseThrow();

    private final AthenaStandIn athena = AthenaStandIn.start();
    private final AwsClients clients = RekognitionStandIn.clients(AwsRetryStrategy.doNotRetry());

    @AfterEach
    void close() {
        clients.close();
        athena.close();
    }

    private AthenaActivity reader(Duration deadline) {
        return new AthenaActivity(clients, athena.connection(), TABLE, Clock.systemUTC(), Sleeper.REAL, deadline);
    }

    private ActivityReport find(AthenaActivity reader) {
        return new ActivityFinder(reader, Clock.systemUTC()).find(WINDOW, ActivityFilter.ALL, 5000, partial -> { });
    }

    @Test
    void readsTheWindowWithOneQueryOverItsDaysAndPagesTheAnswerIntoTheSameSessions() {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        for (int i = 0; i < 1200; i++) {
            athena.add(TrailRecords.create(UUID.randomUUID().toString(), FROM.plusSeconds(60L * i), "liveness-out",
                    "prod/", 2));
        }
        String failed = UUID.randomUUID().toString();
        athena.add(TrailRecords.create(failed, FROM.plusSeconds(30), "liveness-out", "prod/", 2));
        athena.add(TrailRecords.start(failed, FROM.plusSeconds(50), "203.0.113.7", TrailRecords.CHROME_ON_WINDOWS,
                "ValidationException", "The input fails to satisfy the constraints."));

        ActivityReport report = find(reader(AthenaActivity.QUERY_DEADLINE));

        assertThat(report.end().orElseThrow().stoppedBy()).isEmpty();
        assertThat(report.readWhole()).isTrue();
        assertThat(report.eventsRead()).isEqualTo(1202);
        assertThat(report.matching()).isEqualTo(1201);
        assertThat(report.summary().failed()).isEqualTo(1);
        ActivitySession session = report.sessions().stream().filter(s -> s.id().equals(java.util.Optional.of(failed))).findFirst()
                .orElseThrow();
        assertThat(session.outcome()).isEqualTo(ActivityOutcome.FAILED);
        assertThat(session.caller()).isEqualTo(TrailRecords.BACKEND_ROLE);
        assertThat(session.bucket()).contains("liveness-out");
        assertThat(report.source()).isEqualTo("Athena table trail.cloudtrail_logs, us-east-1");
        assertThat(report.progressLine()).contains("1,202 events read").contains("2 pages of Athena's answer");
        // 1,000 rows a page, the first led by the header row: two pages for 1,202 rows.
        assertThat(athena.pageSizes()).containsExactly(1000, 1000);
        assertThat(athena.stopped()).isEmpty();

        assertThat(athena.queries()).hasSize(1);
        AthenaStandIn.Query query = athena.queries().get(0);
        assertThat(query.database()).isEqualTo("trail");
        assertThat(query.catalog()).isEqualTo("AwsDataCatalog");
        assertThat(query.outputLocation()).isEqualTo("s3://desk-results/athena/");
        assertThat(query.sql()).isEqualTo("""
                SELECT eventid, eventtime, eventname, eventsource, awsregion, useridentity.type AS identity_type, \
                useridentity.principalid AS identity_principalid, useridentity.arn AS identity_arn, \
                useridentity.username AS identity_username, useridentity.invokedby AS identity_invokedby, \
                sourceipaddress, useragent, errorcode, errormessage, requestparameters, responseelements, requestid
                FROM "trail"."cloudtrail_logs"
                WHERE eventsource = 'rekognition.amazonaws.com'
                  AND eventname IN ('CreateFaceLivenessSession', 'StartFaceLivenessSession', \
                'GetFaceLivenessSessionResults')
                  AND awsregion = 'us-east-1'
                  AND eventtime >= '2026-03-01T13:00:00Z' AND eventtime <= '2026-03-02T13:00:00Z'
                  AND "timestamp" BETWEEN '2026/03/01' AND '2026/03/02'
                ORDER BY eventtime DESC""");
    }

    @Test
    void aTableWithManualPartitionsIsReadByRegionAndDay() {
        athena.table("trail", "cloudtrail_logs", "region", "year", "month", "day");

        ActivityReport report = find(reader(AthenaActivity.QUERY_DEADLINE));

        assertThat(report.readWhole()).isTrue();
        assertThat(report.sessions()).isEmpty();
        assertThat(athena.queries().get(0).sql())
                .contains("\n  AND \"region\" = 'us-east-1'\n")
                .contains("\n  AND concat(\"year\", '/', \"month\", '/', \"day\") BETWEEN '2026/03/01' AND "
                        + "'2026/03/02'\n");
    }

    @Test
    void aSessionsTimelineComesThroughTheSameReading() {
        athena.table("trail", "cloudtrail_logs");
        String id = UUID.randomUUID().toString();
        athena.add(TrailRecords.create(id, FROM.plusSeconds(100), "liveness-out", "prod/", 0));
        athena.add(TrailRecords.start(id, FROM.plusSeconds(130), "203.0.113.7", TrailRecords.CHROME_ON_WINDOWS,
                null, null));
        athena.add(TrailRecords.results(id, FROM.plusSeconds(170)));
        athena.add(TrailRecords.create(UUID.randomUUID().toString(), FROM.plusSeconds(200), "b", "p/", 0));

        SessionTimeline timeline = new ActivityFinder(reader(AthenaActivity.QUERY_DEADLINE), Clock.systemUTC())
                .timeline(id, WINDOW, ReadProgress.NONE);

        assertThat(timeline.events()).extracting(e -> e.call().eventName()).containsExactly(
                "CreateFaceLivenessSession", "StartFaceLivenessSession", "GetFaceLivenessSessionResults");
        assertThat(timeline.session().orElseThrow().outcome()).isEqualTo(ActivityOutcome.COMPLETED);
        assertThat(athena.queries().get(0).sql()).doesNotContain("BETWEEN").as("no partitions: the table is "
                + "read whole, still by time").contains("eventtime >= '2026-03-01T13:00:00Z'");
    }

    @Test
    void aFailedQueryIsToldInWordsWithAthenasOwnReason() {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        String reason = "Access denied when writing output to url: s3://desk-results/athena/1.csv . Please ensure "
                + "you are allowed to access the S3 bucket.";
        athena.nextQueryFails(reason);

        ActivityReport report = find(reader(AthenaActivity.QUERY_DEADLINE));

        ServiceError error = report.end().orElseThrow().stoppedBy().orElseThrow();
        assertThat(error.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(error.message()).contains("trail.cloudtrail_logs").contains("s3://desk-results/athena/")
                .contains("s3:PutObject").contains("glue:GetTable");
        assertThat(error.nextStep()).contains(reason);
        assertThat(error.requestId()).contains(athena.queries().get(0).id());
        assertThat(athena.stopped()).as("a failed query has nothing to stop").isEmpty();
    }

    @Test
    void aHungQueryIsStoppedAtItsDeadline() {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        athena.nextQuery(AthenaStandIn.Behaviour.HANGS);

        long started = System.nanoTime();
        ActivityReport report = find(reader(Duration.ofSeconds(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        ServiceError error = report.end().orElseThrow().stoppedBy().orElseThrow();
        assertThat(error.message()).contains("had not finished the query over trail.cloudtrail_logs after 1 seconds")
                .contains("stopped it");
        assertThat(athena.stopped()).containsExactly(athena.queries().get(0).id());
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        assertThat(report.readWhole()).isFalse();
    }

    @Test
    void cancellingTheReadStopsTheQueryInAthena() throws Exception {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        athena.nextQuery(AthenaStandIn.Behaviour.HANGS);
        AtomicReference<ActivityReport> done = new AtomicReference<>();
        Thread reading = new Thread(() -> done.set(find(reader(AthenaActivity.QUERY_DEADLINE))));
        reading.start();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (athena.operations().stream().filter("GetQueryExecution"::equals).count() < 2
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        reading.interrupt();
        reading.join(5000);

        assertThat(reading.isAlive()).isFalse();
        assertThat(done.get().end().orElseThrow().stoppedBy().orElseThrow().kind()).isEqualTo(ErrorKind.CANCELLED);
        assertThat(athena.stopped()).containsExactly(athena.queries().get(0).id());
    }

    @Test
    void anUnknownTableIsRefusedBeforeAnyQueryRuns() {
        ActivityReport report = find(reader(AthenaActivity.QUERY_DEADLINE));

        ServiceError error = report.end().orElseThrow().stoppedBy().orElseThrow();
        assertThat(error.fullText()).contains("trail.cloudtrail_logs");
        assertThat(athena.queries()).isEmpty();
    }
}
