package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ErasureTarget;
import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.ErasurePlanner;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Not a test: the desk's purge of 10,000 sessions (50,000 objects) against `aws s3 rm --recursive` on the same
 * folders, in moto_server on loopback. Each has a bucket of its own with the same keys, so the emulator's work
 * per call is alike. Calls are counted from moto's own request log (no proxy in the way of either), time is wall
 * clock: the desk's plan (every version listed, the figures the user reads) plus its run (journal, DeleteObjects
 * in batches of 1,000, local rows, receipt), against the AWS CLI as a process. Prints both and the ratios, and
 * checks that both left nothing and that the other bucket was not touched.
 * Args: endpoint port, moto's log file, [sessions, default 10000].
 */
public final class PurgeBench {

    private static final String DESK_BUCKET = "purge-bench-desk";
    private static final String CLI_BUCKET = "purge-bench-cli";
    private static final String PREFIX = "qa/";
    private static final Pattern REQUEST = Pattern.compile("\"(GET|PUT|POST|DELETE|HEAD) (\\S+) HTTP/[0-9.]+\" (\\d{3})");

    private static final String RETRIED_500 = "moto 500s (not counted)";

    private PurgeBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path motoLog = Path.of(args[1]);
        int sessions = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        try (AwsClients clients = S3TestConnection.clients()) {
            ConnectionSettings connection = S3TestConnection.settings(port);
            S3Client s3 = clients.s3(connection);
            List<String> keys = keys(sessions);
            seed(s3, DESK_BUCKET, keys);
            seed(s3, CLI_BUCKET, keys);

            HeapWatch heap = HeapWatch.start();
            long logBefore = lines(motoLog);
            long start = System.nanoTime();
            Path folder = Files.createTempDirectory("purge-bench");
            LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC());
            S3ErasureTarget target = new S3ErasureTarget(clients, connection, benchCaller());
            SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
            SqliteCampaignStore campaigns = new SqliteCampaignStore(database);
            dev.livenessdesk.store.SqliteReviewRows reviews = new dev.livenessdesk.store.SqliteReviewRows(database);
            ErasurePlanner planner = new ErasurePlanner(target, history, campaigns, reviews);
            // The seeded objects are minutes old: the purge is asked for "older than 1 day" two days from now.
            ErasurePlan plan = planner.planPurge(DESK_BUCKET, PREFIX, Duration.ofDays(1),
                    Instant.now().plus(Duration.ofDays(2)));
            double planSeconds = seconds(start);
            Eraser eraser = new Eraser(target, new SqliteErasureJournal(database), history, campaigns, reviews,
                    wait -> Thread.sleep(wait.toMillis()), Clock.systemUTC(), "bench");
            Eraser.Outcome outcome = eraser.run(plan, false, (settled, total, note) -> { }, () -> false);
            double deskSeconds = seconds(start);
            long deskHeapPeak = heap.stop();
            database.close();
            Thread.sleep(500);   // moto writes its log line after the answer
            Map<String, Long> deskCalls = calls(motoLog, logBefore);
            if (!outcome.receipt().complete() || plan.sessionIds().size() != sessions) {
                throw new IllegalStateException("the desk's purge did not finish: " + plan.sessionIds().size()
                        + " sessions planned, " + outcome.receipt().remaining().size() + " versions left");
            }

            long deskTotal = counted(deskCalls);
            System.out.printf(Locale.ROOT, "%d sessions, %d objects per bucket%n", sessions, keys.size());
            System.out.printf(Locale.ROOT, "desk purge: %.1f s (plan %.1f s, run %.1f s), %d calls %s, "
                            + "heap peak %.0f MB%n", deskSeconds, planSeconds, deskSeconds - planSeconds, deskTotal,
                    deskCalls, deskHeapPeak / 1e6);

            logBefore = lines(motoLog);
            start = System.nanoTime();
            Process aws = new ProcessBuilder("aws", "s3", "rm", "s3://" + CLI_BUCKET + "/" + PREFIX, "--recursive",
                    "--only-show-errors", "--endpoint-url", "http://localhost:" + port).inheritIO().start();
            if (aws.waitFor() != 0) {
                throw new IllegalStateException("aws s3 rm failed with exit " + aws.exitValue());
            }
            double cliSeconds = seconds(start);
            Thread.sleep(500);
            Map<String, Long> cliCalls = calls(motoLog, logBefore);

            long deskLeft = count(s3, DESK_BUCKET);
            long cliLeft = count(s3, CLI_BUCKET);
            long cliTotal = counted(cliCalls);
            System.out.printf(Locale.ROOT, "aws s3 rm --recursive: %.1f s, %d calls %s%n", cliSeconds, cliTotal,
                    cliCalls);
            System.out.printf(Locale.ROOT, "objects left: desk's bucket %d, the CLI's bucket %d%n", deskLeft, cliLeft);
            System.out.printf(Locale.ROOT, "ratio desk / aws s3 rm: time %.2fx, calls %.4fx%n",
                    deskSeconds / cliSeconds, (double) deskTotal / cliTotal);
            if (deskLeft != 0 || cliLeft != 0) {
                throw new IllegalStateException("objects were left behind");
            }
        }
    }

    private static long counted(Map<String, Long> calls) {
        return calls.entrySet().stream().filter(entry -> !entry.getKey().equals(RETRIED_500))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** moto's default account, as the receipt would name the caller. */
    private static IdentityService benchCaller() {
        return connection -> new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/bench",
                "AIDABENCH", Optional.empty(), "bench");
    }

    static List<String> keys(int sessions) {
        List<String> keys = new ArrayList<>(sessions * 5);
        for (int i = 0; i < sessions; i++) {
            String id = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", i * 2654435761L & 0xffffffffL, i);
            keys.add(PREFIX + id + "/reference.jpg");
            for (int a = 1; a <= 4; a++) {
                keys.add(PREFIX + id + "/audit_" + a + ".jpg");
            }
        }
        return keys;
    }

    private static void seed(S3Client s3, String bucket, List<String> keys) throws Exception {
        long present = 0;
        try {
            present = count(s3, bucket);
        } catch (NoSuchBucketException e) {
            new S3Seeder(s3).bucket(bucket);
        }
        if (present == keys.size()) {
            return;
        }
        long start = System.nanoTime();
        new S3Seeder(s3).putAllParallel(bucket, keys, new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0}, 8);
        System.out.printf(Locale.ROOT, "seeded %s with %d objects in %.0f s%n", bucket, keys.size(), seconds(start));
    }

    private static long count(S3Client s3, String bucket) {
        return s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(PREFIX).build())
                .stream().mapToLong(page -> page.contents().size()).sum();
    }

    private static long lines(Path log) throws IOException {
        try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return stream.count();
        }
    }

    /** The requests moto logged after the given line, by call: DeleteObjects, ListObjectVersions, DeleteObject ... */
    private static Map<String, Long> calls(Path log, long after) throws IOException {
        Map<String, Long> byCall = new LinkedHashMap<>();
        try (var stream = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            stream.skip(after).forEach(line -> {
                Matcher request = REQUEST.matcher(line);
                if (request.find()) {
                    // moto lists while other threads delete without a lock and sometimes fails a listing with a
                    // 500 (KeyError); the client sends it again. Those are moto's, not the client's: counted apart.
                    String name = request.group(3).equals("500") ? RETRIED_500 : callName(request.group(1),
                            request.group(2));
                    byCall.merge(name, 1L, Long::sum);
                }
            });
        }
        return byCall;
    }

    private static String callName(String method, String target) {
        String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
        boolean objectPath = target.split("\\?")[0].chars().filter(c -> c == '/').count() > 1;
        if (method.equals("POST") && query.startsWith("delete")) {
            return "DeleteObjects";
        }
        if (method.equals("GET") && query.contains("versions")) {
            return "ListObjectVersions";
        }
        if (method.equals("GET") && query.contains("versioning")) {
            return "GetBucketVersioning";
        }
        if (method.equals("GET") && query.contains("list-type=2")) {
            return "ListObjectsV2";
        }
        if (method.equals("DELETE") && objectPath) {
            return "DeleteObject";
        }
        if (method.equals("GET") && !objectPath) {
            return "ListObjects";
        }
        return method + (objectPath ? " object" : " bucket");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The most heap in use, sampled every 50 ms while the desk's purge runs. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            System.gc();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
