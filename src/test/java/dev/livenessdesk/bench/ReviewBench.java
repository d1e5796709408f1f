package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.aws.S3SessionReviews;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.review.QueueSelection;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewDesk;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteReviewStore;
import dev.livenessdesk.store.SqliteViewingLog;
import dev.livenessdesk.testsupport.s3.CountingS3Proxy;
import dev.livenessdesk.testsupport.s3.S3MockServer;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.TestJpegs;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.review.FixedQueueSources;
import dev.livenessdesk.ui.review.QueueSources;
import dev.livenessdesk.ui.review.ReviewPaneView;
import dev.livenessdesk.ui.review.ReviewPrefetch;
import dev.livenessdesk.ui.review.ReviewViewModel;
import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/**
 * Not a test: the Review tab's key-to-next-session time over a queue, with the next sessions' pictures fetched
 * ahead, against S3Mock behind a proxy that gives every request a network's latency (30-80 ms by default). The tab
 * is built as the app builds it (view model, view, prefetch on 4 task threads, reviews kept in SQLite and appended
 * to the session's record in the bucket). For each session it waits a reviewer's dwell, then sends the keys 1 and
 * Enter to the tab, and times from Enter to the first laid-out frame that shows the next session's pictures. The
 * reference in the same run is the same queue with nothing fetched ahead. Prints p50/p95/max and the heap after a
 * full collection before and after each pass, and how many sessions' pictures were held at most.
 *
 * <p>Args: [sessions, default 200] [dwell ms, default 500] [min latency ms, default 30] [max latency ms, 80].
 */
public final class ReviewBench {

    private static final String BUCKET = "review-bench";
    private static final String PREFIX = "prod/";

    private ReviewBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long dwell = args.length > 1 ? Long.parseLong(args[1]) : 500;
        int minLatency = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int maxLatency = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        Platform.startup(() -> { });
        // Each pass closes its window; the toolkit must outlive it for the next pass.
        Platform.setImplicitExit(false);
        try (S3MockServer server = S3MockServer.start(); AwsClients clients = S3TestConnection.clients();
             CountingS3Proxy network = CountingS3Proxy.withLatency(server.httpPort(), Duration.ofMillis(minLatency),
                     Duration.ofMillis(maxLatency))) {
            // One session more than measured: the last Enter ends the queue instead of showing a session.
            List<ReviewCandidate> queue = seed(clients, S3TestConnection.settings(server.httpPort()), sessions + 1);
            ConnectionSettings overNetwork = S3TestConnection.settings(network.port());
            System.out.printf(Locale.ROOT, "%d sessions of 3 pictures (720x960 JPEG), S3 latency %d-%d ms a request,"
                    + " dwell %d ms a session, %d task threads as in the app%n", sessions, minLatency, maxLatency,
                    dwell, 4);
            Pass ahead = pass("prefetch " + ReviewPrefetch.AHEAD + " ahead", clients, overNetwork, queue,
                    ReviewPrefetch.AHEAD, dwell, network);
            Pass none = pass("reference: nothing ahead", clients, overNetwork, queue, 0, dwell, network);
            System.out.printf(Locale.ROOT, "ratio p50 reference/prefetch: %.1fx, p95: %.1fx%n",
                    none.p(50) / ahead.p(50), none.p(95) / ahead.p(95));
        } finally {
            Platform.exit();
        }
    }

    private static List<ReviewCandidate> seed(AwsClients clients, ConnectionSettings direct, int count)
            throws Exception {
        long started = System.nanoTime();
        S3Seeder seeder = new S3Seeder(clients.s3(direct)).bucket(BUCKET);
        byte[] reference = TestJpegs.jpeg(720, 960, Color.BLUE, "reference");
        byte[] audit1 = TestJpegs.jpeg(720, 960, Color.GREEN, "audit 1");
        byte[] audit2 = TestJpegs.jpeg(720, 960, Color.ORANGE, "audit 2");
        List<ReviewCandidate> queue = new ArrayList<>();
        ExecutorService eight = Executors.newFixedThreadPool(8);
        List<Future<?>> puts = new ArrayList<>();
        Instant newest = Instant.parse("2026-12-06T12:00:00Z");
        for (int i = 0; i < count; i++) {
            String id = String.format(Locale.ROOT, "be000000-0000-4000-8000-%012d", i);
            String folder = PREFIX + id + "/";
            puts.add(eight.submit(() -> seeder.putJpeg(BUCKET, folder + "reference.jpg", reference)));
            puts.add(eight.submit(() -> seeder.putJpeg(BUCKET, folder + "audit_1.jpg", audit1)));
            puts.add(eight.submit(() -> seeder.putJpeg(BUCKET, folder + "audit_2.jpg", audit2)));
            queue.add(new ReviewCandidate(id, new RecordPlace(BUCKET, PREFIX), newest.minusSeconds(60L * i),
                    Optional.of(40f + (i % 60)), List.of(), Optional.of("AmplifyUI-Web"), "us-east-1",
                    Optional.empty()));
        }
        for (Future<?> put : puts) {
            put.get();
        }
        eight.shutdown();
        System.out.printf(Locale.ROOT, "seeded %d objects in %.1f s%n", puts.size(),
                (System.nanoTime() - started) / 1e9);
        return queue;
    }

    /** One pass over the queue, with {@code ahead} sessions fetched ahead. */
    private static Pass pass(String name, AwsClients clients, ConnectionSettings connection,
                             List<ReviewCandidate> queue, int ahead, long dwell, CountingS3Proxy network)
            throws Exception {
        LocalDatabase database = LocalDatabase.forSandbox();
        FxTaskRunner tasks = new FxTaskRunner(4);
        S3ImageStore images = new S3ImageStore(clients, connection);
        S3SessionReviews shared = new S3SessionReviews(clients, connection);
        ReviewDesk desk = new ReviewDesk(new SqliteReviewStore(database), bucket -> Optional.of(shared));
        ReviewPrefetch prefetch = new ReviewPrefetch(tasks, () -> images, Optional::empty,
                ReviewPaneView.SHOWN_SIZE, ahead);
        QueueSources sources = new FixedQueueSources(queue);
        ReviewViewModel model = new ReviewViewModel(new ReviewViewModel.Services(tasks, desk,
                new SqliteViewingLog(database), sources, prefetch, Clock.systemUTC()),
                // A reviewer of its own per pass: the first pass's reviews are in the records the second one reads.
                "bench-" + ahead + "-ahead");
        Shown shown = new Shown(model);
        Stage stage = BenchFx.onFx(() -> {
            Region root = new ReviewPaneView(model, () -> { }).load();
            Scene scene = new Scene(root, 1180, 700);
            scene.addPostLayoutPulseListener(shown::afterLayout);
            Stage window = new Stage();
            window.setScene(scene);
            window.show();
            model.takeProperty().set(QueueSelection.Kind.ALL);
            return window;
        });
        network.reset();
        CompletableFuture<Long> first = shown.expect(queue.get(0).sessionId());
        BenchFx.onFx(() -> {
            model.startQueue();
            return null;
        });
        first.get(60, TimeUnit.SECONDS);
        long heapBefore = usedAfterGc();
        int measured = queue.size() - 1;
        double[] millis = new double[measured];
        int mostHeld = 0;
        for (int i = 0; i < measured; i++) {
            Thread.sleep(dwell);
            CompletableFuture<Long> next = shown.expect(queue.get(i + 1).sessionId());
            long[] pressed = new long[1];
            BenchFx.onFx(() -> {
                key(stage, KeyCode.DIGIT1);
                pressed[0] = System.nanoTime();
                key(stage, KeyCode.ENTER);
                return null;
            });
            millis[i] = (next.get(60, TimeUnit.SECONDS) - pressed[0]) / 1e6;
            mostHeld = Math.max(mostHeld, BenchFx.onFx(prefetch::held));
        }
        long heapAfter = usedAfterGc();
        long requests = network.requests().size();
        BenchFx.onFx(() -> {
            model.dispose();
            stage.close();
            return null;
        });
        database.close();
        Pass pass = new Pass(millis);
        System.out.printf(Locale.ROOT, "%-28s key to next session shown: p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " heap after GC %.1f MB before, %.1f MB after; pictures held at most %d sessions;"
                        + " %d S3 requests%n", name, pass.p(50), pass.p(95), pass.max(), heapBefore / 1e6,
                heapAfter / 1e6, mostHeld, requests);
        return pass;
    }

    private static void key(Stage stage, KeyCode code) {
        stage.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false,
                false));
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Completes when a laid-out frame shows the expected session with its pictures, with the time it did. */
    private static final class Shown {
        private final ReviewViewModel model;
        private volatile String expected;
        private volatile CompletableFuture<Long> done;

        Shown(ReviewViewModel model) {
            this.model = model;
        }

        CompletableFuture<Long> expect(String sessionId) {
            CompletableFuture<Long> future = new CompletableFuture<>();
            done = future;
            expected = sessionId;
            return future;
        }

        void afterLayout() {
            CompletableFuture<Long> waiting = done;
            if (waiting == null || waiting.isDone()) {
                return;
            }
            if (model.session().currentProperty().get() != null && model.session().imagesProperty().get() != null
                    && model.session().imagesProperty().get().sessionId().equals(expected)
                    && model.session().currentProperty().get().sessionId().equals(expected)) {
                waiting.complete(System.nanoTime());
            } else {
                Platform.requestNextPulse();
            }
        }
    }

    private record Pass(double[] millis) {
        double p(int percentile) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int at = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
        }

        double max() {
            return Arrays.stream(millis).max().orElse(0);
        }
    }
}
