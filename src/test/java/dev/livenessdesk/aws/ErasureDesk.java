package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlanner;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteReviewRows;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The desk's erasure on the real SDK: S3 at a local endpoint, STS at its stand-in, the journal in a SQLite file. */
final class ErasureDesk implements AutoCloseable {

    final AwsClients clients = S3TestConnection.clients();
    final ConnectionSettings connection;
    final S3ErasureTarget target;
    final LocalDatabase database;
    final SqliteSessionHistory history;
    final SqliteCampaignStore campaigns;
    final SqliteErasureJournal journal;
    final SqliteReviewRows reviews;
    final List<Duration> waits = new ArrayList<>();
    final ErasurePlanner planner;
    final Eraser eraser;

    ErasureDesk(URI s3, URI sts, Path folder) throws IOException {
        connection = new ConnectionSettings(Optional.empty(), S3TestConnection.REGION, Optional.empty(),
                Optional.of(s3));
        target = new S3ErasureTarget(clients, connection, new StsCallerIdentity(clients, new CredentialSources(),
                Optional.of(sts)));
        database = LocalDatabase.open(folder, Clock.systemUTC());
        history = new SqliteSessionHistory(database, Clock.systemUTC());
        campaigns = new SqliteCampaignStore(database);
        journal = new SqliteErasureJournal(database);
        reviews = new SqliteReviewRows(database);
        planner = new ErasurePlanner(target, history, campaigns, reviews);
        eraser = new Eraser(target, journal, history, campaigns, reviews, waits::add, Clock.systemUTC(), "0.1.0");
    }

    @Override
    public void close() {
        database.close();
        clients.close();
    }
}
