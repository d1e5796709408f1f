package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.testsupport.s3.CountingS3Proxy;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/**
 * Not a test: the sessions listing at scale against an S3 emulator on loopback (moto_server, or any endpoint).
 * Measures, in one run, the reference (one raw ListObjectsV2 call with a '/' delimiter, as `aws s3api
 * list-objects-v2 --delimiter /` makes) and the first page of 50 sessions through the app's store, and prints the
 * ratio; then walks every session page by page counting the S3 calls and watching the heap.
 * Args: endpoint port, [sessions, default 10000].
 */
public final class ListingBench {

    private static final String BUCKET = "listing-bench";
    private static final String PREFIX = "qa/";
    private static final int ROUNDS = 7;
    /** Pages of 50 are walked this far only: emulators scan every key per call, S3 does not. */
    private static final int MAX_SMALL_PAGES = 20;

    private ListingBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (AwsClients clients = S3TestConnection.clients();
             CountingS3Proxy proxy = CountingS3Proxy.inFrontOf(port)) {
            ConnectionSettings direct = S3TestConnection.settings(port);
            seed(clients, direct, sessions);
            var s3 = clients.s3(direct);
            S3ImageStore store = new S3ImageStore(clients, direct);
            double[] raw = new double[ROUNDS];
            double[] rawFlat = new double[ROUNDS];
            double[] firstPage = new double[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {   // interleaved, so load hits both alike
                long start = System.nanoTime();
                s3.listObjectsV2(ListObjectsV2Request.builder().bucket(BUCKET).prefix(PREFIX).delimiter("/").build());
                raw[i] = millis(start);
                start = System.nanoTime();
                s3.listObjectsV2(ListObjectsV2Request.builder().bucket(BUCKET).prefix(PREFIX).maxKeys(301).build());
                rawFlat[i] = millis(start);
                start = System.nanoTime();
                Page<SessionFolder> page = store.sessions(BUCKET, PREFIX, Optional.empty(), 50);
                firstPage[i] = millis(start);
                if (page.items().size() != 50) {
                    throw new IllegalStateException("expected 50 sessions, got " + page.items().size());
                }
            }
            System.out.printf(Locale.ROOT, "one raw ListObjectsV2 (delimiter '/', up to 1000 prefixes): median %.0f ms%n",
                    median(raw));
            System.out.printf(Locale.ROOT, "one raw ListObjectsV2 (no delimiter, 301 keys):             median %.0f ms%n",
                    median(rawFlat));
            System.out.printf(Locale.ROOT, "first page of 50 sessions (times included, newest first):  median %.0f ms%n",
                    median(firstPage));
            System.out.printf(Locale.ROOT, "ratio first page / raw delimiter call: %.2f; / raw flat call: %.2f%n",
                    median(firstPage) / median(raw), median(firstPage) / median(rawFlat));

            S3ImageStore counted = new S3ImageStore(clients, S3TestConnection.settings(proxy.port()));
            for (int pageSize : new int[] {1000, 50}) {
                proxy.reset();
                long start = System.nanoTime();
                long heapBefore = usedHeapAfterGc();
                long heapMax = heapBefore;
                int seen = 0;
                int pages = 0;
                Optional<String> token = Optional.empty();
                do {
                    Page<SessionFolder> page = counted.sessions(BUCKET, PREFIX, token, pageSize);
                    seen += page.items().size();
                    token = page.nextToken();
                    if (++pages % 20 == 0) {
                        heapMax = Math.max(heapMax, usedHeapAfterGc());
                    }
                } while (token.isPresent() && (pageSize >= 1000 || pages < MAX_SMALL_PAGES));
                System.out.printf(Locale.ROOT, "%d sessions in pages of %d: %d pages, %d ListObjectsV2 calls, "
                                + "%.1f s, heap after GC %.1f MB -> at most %.1f MB while paging%n", seen, pageSize,
                        pages, proxy.listObjectsV2Calls(), millis(start) / 1000, heapBefore / 1e6, heapMax / 1e6);
            }
        }
    }

    private static void seed(AwsClients clients, ConnectionSettings connection, int sessions) throws Exception {
        var s3 = clients.s3(connection);
        try {
            int present = s3.listObjectsV2(ListObjectsV2Request.builder().bucket(BUCKET).prefix(PREFIX)
                    .delimiter("/").build()).commonPrefixes().size();
            if (present >= Math.min(sessions, 1000)) {
                System.out.println("bucket already seeded");
                return;
            }
        } catch (NoSuchBucketException e) {
            // seeded below
        }
        S3Seeder seeder = new S3Seeder(s3).bucket(BUCKET);
        List<String> keys = new ArrayList<>(sessions * 5);
        for (int i = 0; i < sessions; i++) {
            String id = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012d", i * 2654435761L & 0xffffffffL, i);
            keys.add(PREFIX + id + "/reference.jpg");
            for (int a = 1; a <= 4; a++) {
                keys.add(PREFIX + id + "/audit_" + a + ".jpg");
            }
        }
        long start = System.nanoTime();
        seeder.putAllParallel(BUCKET, keys, new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0}, 16);
        System.out.printf(Locale.ROOT, "seeded %d sessions (%d objects) in %.0f s%n", sessions, keys.size(),
                millis(start) / 1000);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

}
