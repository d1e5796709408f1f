package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteReviewRows;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.testsupport.InMemoryErasureBucket;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A desk's erasure parts on a real SQLite file in a folder (history, campaigns, journal) over an in-memory bucket;
 * a second fixture on the same folder is the desk started again after a crash.
 */
final class ErasureFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    static final String BUCKET = "liveness-out";
    static final String PREFIX = "checks/";

    final InMemoryErasureBucket bucket;
    final LocalDatabase database;
    final SqliteSessionHistory history;
    final SqliteCampaignStore campaigns;
    final SqliteErasureJournal journal;
    final SqliteReviewRows reviews;
    final List<Duration> waits = new ArrayList<>();
    final Eraser eraser;
    final ErasurePlanner planner;

    ErasureFixture(Path folder, InMemoryErasureBucket bucket) throws IOException {
        this.bucket = bucket;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        this.database = LocalDatabase.open(folder, clock);
        this.history = new SqliteSessionHistory(database, clock);
        this.campaigns = new SqliteCampaignStore(database);
        this.journal = new SqliteErasureJournal(database);
        this.reviews = new SqliteReviewRows(database);
        this.eraser = new Eraser(bucket, journal, history, campaigns, reviews, waits::add, clock, "0.1.0");
        this.planner = new ErasurePlanner(bucket, history, campaigns, reviews);
    }

    /** The session in the history and as a campaign session, as a desk that created it keeps it. */
    void keepLocally(String sessionId) throws IOException {
        history.add(new CreatedSession(sessionId, NOW.minus(Duration.ofDays(40)), new SessionSettings("us-east-1",
                Optional.of(BUCKET), PREFIX, 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty())), Optional.empty());
        if (campaigns.campaign(CampaignExample.NAME).isEmpty()) {
            campaigns.save(CampaignExample.campaign());
        }
        CampaignSession example = CampaignExample.sessions(1, 7).get(0);
        campaigns.save(new CampaignSession(sessionId, example.campaignName(), example.scenarioName(),
                example.createdAt(), example.tester(), example.region(), example.rawStatus(), example.confidence(),
                example.feedbackCodes(), example.excluded(), example.note()));
    }

    /** A session folder as Rekognition writes it: a reference, two audits, and the team's record. */
    static void session(InMemoryErasureBucket bucket, String prefix, String sessionId, Instant written) {
        bucket.put(prefix + sessionId + "/reference.jpg", null, 40_000, written)
                .put(prefix + sessionId + "/audit_1.jpg", null, 30_000, written)
                .put(prefix + sessionId + "/audit_2.jpg", null, 30_000, written)
                .put(prefix + sessionId + "/liveness-desk-record.json", null, 600, written);
    }

    @Override
    public void close() {
        database.close();
    }
}
