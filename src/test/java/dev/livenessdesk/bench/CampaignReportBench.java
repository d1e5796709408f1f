package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3SessionRecords;
import dev.livenessdesk.cli.CommandLineLauncher;
import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.core.sharing.RecordScan;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code campaign report} over N shared records in a bucket on moto_server (S3Mock slows past ~1,000 objects):
 * the records read one at a time (the reference) against the adapter's parallel read, then the whole command.
 * Prints times, the ratio and the S3 calls. Not a test. Run: {@code bench/campaign/run.sh}.
 */
public final class CampaignReportBench {

    private static final String BUCKET = "campaign-bench";
    private static final String PREFIX = "qa/";

    private CampaignReportBench() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        ConnectionSettings s3Connection = new ConnectionSettings(Optional.empty(), S3TestConnection.REGION,
                Optional.empty(), Optional.of(endpoint));
        try (AwsClients clients = S3TestConnection.clients()) {
            S3Client s3 = clients.s3(s3Connection);
            s3.createBucket(b -> b.bucket(BUCKET));
            long seedStart = System.nanoTime();
            seed(s3, clients, s3Connection, sessions);
            System.out.printf("seeded %d sessions (reference image + record each) in %.1f s%n", sessions,
                    (System.nanoTime() - seedStart) / 1e9);

            // One pass each, after one warm-up read: at 5,000 records a pass takes minutes on moto_server.
            S3SessionRecords records = new S3SessionRecords(clients, s3Connection);
            long t = System.nanoTime();
            RecordScan scan = records.readAll(BUCKET, PREFIX);
            System.out.printf("records read by S3SessionRecords, first pass: %.0f ms%n", (System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            int read = sequentialReference(s3);
            double reference = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            scan = records.readAll(BUCKET, PREFIX);
            double measured = (System.nanoTime() - t) / 1e6;
            if (read != scan.records().size()) {
                throw new IllegalStateException(read + " != " + scan.records().size());
            }
            System.out.printf("records read one at a time (reference): %.0f ms%n", reference);
            System.out.printf("records read by S3SessionRecords (%d at a time): %.0f ms, %d S3 calls"
                    + " (%d listings + %d GETs), reference/measured %.2f%n", 16, measured, scan.calls(),
                    scan.calls() - scan.records().size(), scan.records().size(), reference / measured);

            t = System.nanoTime();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = CommandLineLauncher.run(new String[] {"campaign", "report", "Bench campaign", "--bucket",
                    BUCKET, "--prefix", PREFIX, "--region", "us-east-1", "--endpoint-url", endpoint.toString()},
                    () -> new AwsBackend(clients, Clock.systemUTC(), new AwsProfileCatalog()),
                    InMemoryCampaignStore::new, new PrintWriter(out), new PrintWriter(err));
            double command = (System.nanoTime() - t) / 1e6;
            String json = out.toString();
            int calls = json.indexOf("\"s3_calls\":");
            System.out.printf("campaign report (whole command, in process): exit %d, %.0f ms, %s%n", exit, command,
                    calls < 0 ? json : json.substring(calls, json.indexOf('}', calls)));
            if (exit != 0) {
                System.out.println(err);
            }
        }
    }

    private static void seed(S3Client s3, AwsClients clients, ConnectionSettings connection, int sessions)
            throws Exception {
        SessionRecords records = new S3SessionRecords(clients, connection);
        String[] scenarios = {"bona fide", "printed photo", "phone replay", "mask"};
        Expectation[] kinds = {Expectation.BONA_FIDE, Expectation.attack(AttackSpecies.PRINTED_PHOTO),
            Expectation.attack(AttackSpecies.SCREEN_REPLAY), Expectation.attack(AttackSpecies.MASK)};
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> puts = new ArrayList<>();
        for (int n = 0; n < sessions; n++) {
            int i = n;
            puts.add(pool.submit(() -> {
                String id = String.format("b0000000-0000-4000-8000-%012d", i);
                s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + id + "/reference.jpg"),
                        RequestBody.fromBytes(new byte[] {(byte) 0xff, (byte) 0xd8}));
                CampaignSession session = CampaignSession.created(id, Instant.parse("2026-12-01T09:00:00Z")
                        .plusSeconds(i), "us-east-1", "Bench campaign", scenarios[i % 4], "bench")
                        .withResult("SUCCEEDED", Optional.of((float) ((i * 37) % 101)), List.of());
                records.write(BUCKET, PREFIX, SessionRecord.of(session, kinds[i % 4]));
                return null;
            }));
        }
        for (Future<?> put : puts) {
            put.get();
        }
        pool.shutdown();
    }

    /** The same listing and GETs, one after another: what reading without parallelism costs. */
    private static int sequentialReference(S3Client s3) {
        int read = 0;
        String token = null;
        do {
            String continuation = token;
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(PREFIX).maxKeys(1000)
                    .continuationToken(continuation));
            for (S3Object object : page.contents()) {
                if (object.key().endsWith("/" + SessionRecords.FILE_NAME)) {
                    s3.getObject(GetObjectRequest.builder().bucket(BUCKET).key(object.key()).build(),
                            ResponseTransformer.toBytes());
                    read++;
                }
            }
            token = page.nextContinuationToken();
        } while (token != null);
        return read;
    }
}
