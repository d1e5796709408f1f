package dev.livenessdesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.SessionTimeline;
import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteTrailCache;
import dev.livenessdesk.testsupport.CloudTrailStandIn;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.StandInReply;
import dev.livenessdesk.testsupport.TrailRecords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;

/** The CloudTrail reader with the real SDK client over HTTP against a stand-in that speaks LookupEvents. */
class CloudTrailActivityTest {

    private final CloudTrailStandIn cloudTrail = CloudTrailStandIn.start();
    private final AwsClients clients = RekognitionStandIn.clients(AwsRetryStrategy.doNotRetry());
    private final Instant dayStart = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    private final ActivityWindow day = new ActivityWindow(dayStart, dayStart.plus(Duration.ofHours(12)));
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper recordingSleeper = waits::add;

    @AfterEach
    void close() {
        clients.close();
        cloudTrail.close();
    }

    private CloudTrailActivity reader(TrailEventCache cache, Sleeper sleeper) {
        return new CloudTrailActivity(clients, cloudTrail.connection(), cache, Clock.systemUTC(), sleeper);
    }

    private String session(int minute, String errorCode) {
        String id = UUID.randomUUID().toString();
        Instant created = dayStart.plus(Duration.ofMinutes(minute));
        cloudTrail.add(TrailRecords.create(id, created, "liveness-out", "prod/", 2));
        cloudTrail.add(TrailRecords.start(id, created.plusSeconds(30), "203.0.113.7", TrailRecords.CHROME_ON_WINDOWS,
                errorCode, errorCode == null ? null : "The input fails to satisfy the constraints."));
        return id;
    }

    @Test
    void readsEveryPageOfFiftyForEachCallAtNoMoreThanTwoASecond() {
        for (int i = 0; i < 120; i++) {
            cloudTrail.add(TrailRecords.create(UUID.randomUUID().toString(), dayStart.plusSeconds(60L * i), "b", "p/",
                    0));
        }
        session(200, "ValidationException");

        ActivityReport report = new ActivityFinder(reader(TrailEventCache.NONE, Sleeper.REAL), Clock.systemUTC())
                .find(day, ActivityFilter.ALL, 1000, partial -> { });

        assertThat(report.readWhole()).isTrue();
        assertThat(report.sessions()).hasSize(121);
        assertThat(report.summary().failed()).isEqualTo(1);
        assertThat(report.eventsRead()).isEqualTo(122);
        assertThat(cloudTrail.throttledCount()).as("the reader keeps to CloudTrail's rate").isZero();
        List<CloudTrailStandIn.Lookup> lookups = cloudTrail.lookups();
        assertThat(lookups).extracting(CloudTrailStandIn.Lookup::attributeValue).extracting(v -> v.orElse(""))
                .containsExactly("CreateFaceLivenessSession", "CreateFaceLivenessSession", "CreateFaceLivenessSession",
                        "StartFaceLivenessSession", "GetFaceLivenessSessionResults");
        assertThat(lookups).allSatisfy(lookup -> {
            assertThat(lookup.maxResults()).isEqualTo(50);
            assertThat(lookup.attributeKey()).contains("EventName");
            assertThat(lookup.start()).contains(day.from());
            assertThat(lookup.end()).contains(day.to());
        });
        for (int i = 1; i < lookups.size(); i++) {
            assertThat(Duration.between(lookups.get(i - 1).at(), lookups.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    @Test
    void aThrottledPageIsWaitedForNotFailed() {
        String failed = session(10, "SessionNotFoundException");
        cloudTrail.rateLimited(false).throttleNext(3);

        ActivityReport report = new ActivityFinder(reader(TrailEventCache.NONE, recordingSleeper), Clock.systemUTC())
                .find(day, ActivityFilter.ALL, 10, partial -> { });

        assertThat(report.readWhole()).isTrue();
        assertThat(report.sessions()).extracting(s -> s.id().orElse("")).containsExactly(failed);
        assertThat(waits).contains(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aServiceThatKeepsThrottlingStopsTheReadWithWhatWasReadAndWords() {
        session(10, null);
        cloudTrail.rateLimited(false);
        CloudTrailActivity reader = reader(TrailEventCache.NONE, duration -> {
            waits.add(duration);
            cloudTrail.throttleNext(1000);
        });
        List<Boolean> waitingSeen = new ArrayList<>();

        ActivityReport report = new ActivityFinder(reader, Clock.systemUTC()).find(day, ActivityFilter.ALL, 10,
                partial -> waitingSeen.add(partial.waiting()));

        assertThat(report.readWhole()).isFalse();
        assertThat(report.end().get().stoppedBy().get().kind()).isEqualTo(ErrorKind.THROTTLED);
        assertThat(report.end().get().stoppedBy().get().message()).contains("kept refusing pages as too many")
                .contains("no more than 2 a second");
        assertThat(report.eventsRead()).as("the first page was read before the throttling began").isEqualTo(1);
        assertThat(waitingSeen).contains(true);
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus))
                .isGreaterThanOrEqualTo(CloudTrailActivity.THROTTLED_PATIENCE);
    }

    @Test
    void accessDeniedNamesTheActionToAllow() {
        cloudTrail.enqueue(StandInReply.error(400, "AccessDeniedException",
                "User: arn:aws:iam::111122223333:user/support is not authorized to perform: cloudtrail:LookupEvents"));

        ActivityReport report = new ActivityFinder(reader(TrailEventCache.NONE, recordingSleeper), Clock.systemUTC())
                .find(day, ActivityFilter.ALL, 10, partial -> { });

        assertThat(report.readWhole()).isFalse();
        var error = report.end().get().stoppedBy().get();
        assertThat(error.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(error.fullText()).contains("cloudtrail:LookupEvents");
        assertThat(error.code()).isEqualTo("AccessDeniedException");
    }

    @Test
    void aHungCloudTrailEndsWithinItsBoundKeepingWhatWasRead() {
        session(10, null);
        AwsClients impatient = new AwsClients(RekognitionStandIn.options(AwsRetryStrategy.doNotRetry())
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(400), Duration.ofMillis(800)));
        try {
            cloudTrail.rateLimited(false);
            CountDownLatch[] gates = new CountDownLatch[3];
            CloudTrailActivity reader = new CloudTrailActivity(impatient, cloudTrail.connection(),
                    TrailEventCache.NONE, Clock.systemUTC(), duration -> { });
            // The first page (Create) answers; the Start lookups hang, each attempt again.
            ActivityFinder finder = new ActivityFinder(reader, Clock.systemUTC());
            long began = System.nanoTime();
            ActivityReport report = finder.find(day, ActivityFilter.ALL, 10, partial -> {
                if (gates[0] == null) {
                    for (int i = 0; i < gates.length; i++) {
                        gates[i] = cloudTrail.holdNext();
                    }
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            for (CountDownLatch gate : gates) {
                gate.countDown();
            }
            assertThat(report.readWhole()).isFalse();
            assertThat(report.end().get().stoppedBy().get().kind()).isEqualTo(ErrorKind.NETWORK);
            assertThat(report.end().get().stoppedBy().get().message()).contains(cloudTrail.uri().toString())
                    .contains("did not answer within");
            assertThat(report.sessions()).as("the session read before the hang is kept").hasSize(1);
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        } finally {
            impatient.close();
        }
    }

    @Test
    void malformedRecordsAreCountedAndShownAndTheSessionIdIsReadInEitherCase() {
        String upper = UUID.randomUUID().toString();
        var record = TrailRecords.create("ignored", dayStart.plusSeconds(600), "b", "p/", 1);
        record.remove("responseElements");
        record.putObject("responseElements").put("SessionId", upper);
        cloudTrail.add(record);
        cloudTrail.addRaw("bad-1", "CreateFaceLivenessSession", dayStart.plusSeconds(700), "<html>not json</html>");
        cloudTrail.rateLimited(false);

        ActivityReport report = new ActivityFinder(reader(TrailEventCache.NONE, recordingSleeper), Clock.systemUTC())
                .find(day, ActivityFilter.ALL, 10, partial -> { });

        assertThat(report.sessions()).extracting(s -> s.id().orElse("")).containsExactly(upper);
        assertThat(report.unreadableCount()).isEqualTo(1);
        assertThat(report.unreadable().get(0).eventId()).isEqualTo("bad-1");
        assertThat(report.unreadable().get(0).why()).isEqualTo("The record is not JSON.");
        assertThat(report.unreadable().get(0).excerpt()).isEqualTo("<html>not json</html>");
        assertThat(report.notes()).anyMatch(note -> note.contains("1 events could not be read"));
    }

    @Test
    void aWindowReadAgainOrOverlappingReadsOnlyWhatIsNew(@TempDir Path folder) throws Exception {
        String early = session(30, "ValidationException");
        String late = session(500, null);
        cloudTrail.rateLimited(false);
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            TrailEventCache cache = new SqliteTrailCache(database);
            ActivityWindow morning = new ActivityWindow(dayStart, dayStart.plus(Duration.ofHours(6)));
            ActivityReport first = new ActivityFinder(reader(cache, recordingSleeper), Clock.systemUTC())
                    .find(morning, ActivityFilter.ALL, 10, partial -> { });
            assertThat(first.sessions()).extracting(s -> s.id().orElse("")).containsExactly(early);
            int asked = cloudTrail.lookups().size();

            ActivityReport again = new ActivityFinder(reader(cache, recordingSleeper), Clock.systemUTC())
                    .find(morning, ActivityFilter.ALL, 10, partial -> { });
            assertThat(cloudTrail.lookups()).as("nothing asked again").hasSize(asked);
            assertThat(again.sessions()).extracting(s -> s.id().orElse("")).containsExactly(early);
            assertThat(again.end().get().fromCache()).isEqualTo(2);

            ActivityReport wider = new ActivityFinder(reader(cache, recordingSleeper), Clock.systemUTC())
                    .find(day, ActivityFilter.ALL, 10, partial -> { });
            assertThat(wider.sessions()).extracting(s -> s.id().orElse("")).containsExactly(late, early);
            List<CloudTrailStandIn.Lookup> newLookups = cloudTrail.lookups().subList(asked, cloudTrail.lookups().size());
            assertThat(newLookups).hasSize(3).allSatisfy(lookup -> {
                assertThat(lookup.start()).contains(morning.to());
                assertThat(lookup.end()).contains(day.to());
            });
            assertThat(wider.summary().failed()).isEqualTo(1);
        }
    }

    @Test
    void aTimelineHoldsTheSessionsEventsAsCloudTrailRecordedThemAndPassesOverOthers() {
        String mine = session(10, "ValidationException");
        session(12, null);
        cloudTrail.add(TrailRecords.results(mine, dayStart.plus(Duration.ofMinutes(11))));
        cloudTrail.rateLimited(false);

        SessionTimeline timeline = new ActivityFinder(reader(TrailEventCache.NONE, recordingSleeper),
                Clock.systemUTC()).timeline(mine, day, ReadProgress.NONE);

        assertThat(timeline.events()).hasSize(3);
        assertThat(timeline.events().get(1).rawRecord()).contains("\"errorCode\":\"ValidationException\"");
        assertThat(timeline.otherSessions()).isEqualTo(2);
        assertThat(timeline.session().get().outcome()).isEqualTo(ActivityOutcome.FAILED);
        assertThat(timeline.session().get().resultReads()).hasSize(1);
    }

    @Test
    void aCancelledReadStopsAndSaysSo() throws Exception {
        for (int i = 0; i < 200; i++) {
            cloudTrail.add(TrailRecords.create(UUID.randomUUID().toString(), dayStart.plusSeconds(10L * i), "b", "p/",
                    0));
        }
        cloudTrail.rateLimited(false);
        ActivityReport[] result = new ActivityReport[1];
        Thread reading = new Thread(() -> result[0] = new ActivityFinder(reader(TrailEventCache.NONE,
                duration -> Thread.sleep(200)), Clock.systemUTC()).find(day, ActivityFilter.ALL, 1000, partial -> { }));
        reading.start();
        Thread.sleep(300);
        reading.interrupt();
        reading.join(10_000);

        assertThat(reading.isAlive()).isFalse();
        assertThat(result[0].readWhole()).isFalse();
        assertThat(result[0].end().get().stoppedBy().get().kind()).isEqualTo(ErrorKind.CANCELLED);
    }
}
