package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.testsupport.s3.S3MockServer;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.TestJpegs;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.application.Platform;
import javafx.scene.image.Image;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * Not a test: how fast the viewer's S3 path is against S3Mock. Prints time to the first and to all thumbnails of
 * a 5-image session (list + read + downscaled decode, 4 at a time as the pane does), and for a prefix with many
 * sessions the time to the first page and the heap while paging. Args: [sessions, default 10000]
 * [pages to walk, default 40: S3Mock reads every object's metadata on each listing, so a page costs seconds].
 */
public final class ViewerBench {

    private static final String BUCKET = "bench";
    private static final int THUMBNAIL_RUNS = 15;

    private ViewerBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int maxPages = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Platform.startup(() -> { });
        long started = System.nanoTime();
        try (S3MockServer server = S3MockServer.start(); AwsClients clients = S3TestConnection.clients()) {
            System.out.printf(Locale.ROOT, "S3Mock started in %.1f s (port %d)%n", seconds(started),
                    server.httpPort());
            ConnectionSettings connection = S3TestConnection.settings(server.httpPort());
            S3Seeder seeder = new S3Seeder(clients.s3(connection)).bucket(BUCKET);
            thumbnails(clients, connection, seeder);
            manySessions(clients, connection, seeder, sessions, maxPages);
        } finally {
            Platform.exit();
        }
    }

    private static void thumbnails(AwsClients clients, ConnectionSettings connection, S3Seeder seeder)
            throws Exception {
        String folder = "one/0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8/";
        seeder.putJpeg(BUCKET, folder + "reference.jpg", TestJpegs.jpeg(720, 960, Color.BLUE, "reference"));
        for (int i = 1; i <= 4; i++) {
            seeder.putJpeg(BUCKET, folder + "audit_" + i + ".jpg", TestJpegs.jpeg(720, 960, Color.GREEN, "a" + i));
        }
        S3ImageStore store = new S3ImageStore(clients, connection);
        ExecutorService four = Executors.newFixedThreadPool(4);
        double[] first = new double[THUMBNAIL_RUNS];
        double[] all = new double[THUMBNAIL_RUNS];
        long bytes = 0;
        for (int run = 0; run < THUMBNAIL_RUNS; run++) {
            long start = System.nanoTime();
            List<StoredImage> images = store.imagesOf(BUCKET, "one/", "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8");
            List<Future<Long>> done = new ArrayList<>();
            for (StoredImage image : images) {
                done.add(four.submit(() -> {
                    byte[] read = store.read(image.location());
                    Image thumbnail = new Image(new ByteArrayInputStream(read), 160, 160, true, true);
                    if (thumbnail.isError()) {
                        throw new IllegalStateException("decode failed", thumbnail.getException());
                    }
                    return System.nanoTime();
                }));
            }
            long firstDone = Long.MAX_VALUE;
            for (Future<Long> future : done) {
                firstDone = Math.min(firstDone, future.get());
            }
            first[run] = (firstDone - start) / 1e6;
            all[run] = (System.nanoTime() - start) / 1e6;
            bytes = images.stream().mapToLong(StoredImage::sizeBytes).sum();
        }
        four.shutdown();
        System.out.printf(Locale.ROOT, "5-image session (%d KB of JPEG, 720x960): list + read + decode to 160 px, "
                + "4 at a time%n", bytes / 1024);
        System.out.printf(Locale.ROOT, "  first thumbnail: cold %.0f ms, warm median %.0f ms%n", first[0],
                median(Arrays.copyOfRange(first, 1, THUMBNAIL_RUNS)));
        System.out.printf(Locale.ROOT, "  all thumbnails:  cold %.0f ms, warm median %.0f ms%n", all[0],
                median(Arrays.copyOfRange(all, 1, THUMBNAIL_RUNS)));
    }

    private static void manySessions(AwsClients clients, ConnectionSettings connection, S3Seeder seeder,
                                     int sessions, int maxPages) throws Exception {
        List<String> keys = new ArrayList<>(sessions * 5);
        for (int i = 0; i < sessions; i++) {
            String folder = String.format(Locale.ROOT, "many/%08x-0000-4000-8000-%012d/", i * 2654435761L & 0xffffffffL, i);
            keys.add(folder + "reference.jpg");
            for (int a = 1; a <= 4; a++) {
                keys.add(folder + "audit_" + a + ".jpg");
            }
        }
        long seedStart = System.nanoTime();
        seeder.putAllParallel(BUCKET, keys, new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0}, 16);
        System.out.printf(Locale.ROOT, "%nSeeded %d sessions (%d objects) in %.1f s%n", sessions, keys.size(),
                seconds(seedStart));

        long rawStart = System.nanoTime();
        clients.s3(connection).listObjectsV2(ListObjectsV2Request.builder().bucket(BUCKET).prefix("many/")
                .delimiter("/").maxKeys(50).build());
        System.out.printf(Locale.ROOT, "  one raw ListObjectsV2 (delimiter, 50 keys) on S3Mock: %.0f ms%n",
                (System.nanoTime() - rawStart) / 1e6);

        S3ImageStore firstPageStore = new S3ImageStore(clients, connection);
        long start = System.nanoTime();
        Page<SessionFolder> firstPage = firstPageStore.sessions(BUCKET, "many/", Optional.empty(), 50);
        System.out.printf(Locale.ROOT, "  first page of 50 sessions (flat listing, times included, newest first): %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        if (firstPage.items().size() != 50) {
            throw new IllegalStateException("expected 50 sessions, got " + firstPage.items().size());
        }

        S3ImageStore store = new S3ImageStore(clients, connection, new S3ImageStore.Options(10L << 20));
        long baseline = usedHeapAfterGc();
        List<SessionFolder> accumulated = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        long pagingStart = System.nanoTime();
        long peakWhilePaging = 0;
        do {
            Page<SessionFolder> page = store.sessions(BUCKET, "many/", token, 50);
            accumulated.addAll(page.items());
            token = page.nextToken();
            pages++;
            if (pages % 10 == 0) {
                peakWhilePaging = Math.max(peakWhilePaging, usedHeapAfterGc() - baseline);
            }
        } while (token.isPresent() && pages < maxPages);
        double pagingSeconds = seconds(pagingStart);
        long afterAll = usedHeapAfterGc() - baseline;
        System.out.printf(Locale.ROOT, "  paged through %d sessions in %d pages: %.1f s (%.0f ms a page)%n",
                accumulated.size(), pages, pagingSeconds, pagingSeconds * 1000 / pages);
        System.out.printf(Locale.ROOT, "  heap growth keeping every listed session (as the list does): %.1f MB "
                + "(%.0f bytes a session); highest sampled while paging %.1f MB%n", afterAll / 1048576.0,
                (double) afterAll / Math.max(1, accumulated.size()), peakWhilePaging / 1048576.0);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
