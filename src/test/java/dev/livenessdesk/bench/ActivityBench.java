package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.CloudTrailActivityForBench;
import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.ActivityFilter;
import dev.livenessdesk.core.activity.ActivityFinder;
import dev.livenessdesk.core.activity.ActivityReport;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteTrailCache;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: a day of 30,000 CloudTrail events read the way the Activity tab reads it (ActivityFinder over the
 * real CloudTrailActivity, the real SDK client over HTTP, events kept in a fresh SQLite database) from the
 * CloudTrail stand-in running in its own process (CloudTrailStandInMain), whose rate limit is CloudTrail's scaled
 * by the same factor as the reader's clock. Prints total time against the floor (pages / rate), the time to the
 * first rows and the peak heap (used heap sampled every 10 ms, garbage included, and the most the heap held
 * after a collection).
 * Args: stand-in URL, the day's start (ISO), scale (CloudTrail's 2 requests a second times this).
 */
public final class ActivityBench {

    private ActivityBench() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        Instant day = Instant.parse(args[1]);
        int scale = Integer.parseInt(args[2]);
        double rate = 2.0 * scale;
        ConnectionSettings connection = new ConnectionSettings(Optional.empty(), RekognitionStandIn.REGION,
                Optional.empty(), Optional.empty(), Optional.of(endpoint));
        Clock clock = new FasterClock(scale);
        Sleeper sleeper = wait -> TimeUnit.NANOSECONDS.sleep(wait.toNanos() / scale);
        Path folder = Files.createTempDirectory("activity-bench");
        try (AwsClients clients = RekognitionStandIn.clients();
             SqliteTrailCache cache = SqliteTrailCache.closingDatabase(LocalDatabase.open(folder, Clock.systemUTC()))) {
            ActivityFinder finder = new ActivityFinder(
                    CloudTrailActivityForBench.reader(clients, connection, cache, clock, sleeper), clock);
            HeapWatch heap = HeapWatch.start();
            AtomicLong firstRows = new AtomicLong(-1);
            long start = System.nanoTime();
            ActivityReport report = finder.find(new ActivityWindow(day, day.plus(Duration.ofDays(1))),
                    ActivityFilter.ALL, 500, partial -> {
                        if (!partial.sessions().isEmpty()) {
                            firstRows.compareAndSet(-1, System.nanoTime() - start);
                        }
                    });
            double seconds = (System.nanoTime() - start) / 1e9;
            heap.stop();
            int pages = report.end().map(ReadEnd::pages).orElse(report.pages());
            double floor = pages / rate;
            System.out.printf(Locale.ROOT, "events read        %d (read whole: %s), sessions %d (created %d, started %d,"
                            + " completed %d, failed %d, never started %d)%n", report.eventsRead(), report.readWhole(),
                    report.matching(), report.summary().created(), report.summary().started(),
                    report.summary().completed(), report.summary().failed(), report.summary().neverStarted());
            System.out.printf(Locale.ROOT, "pages              %d at %.0f requests/s (CloudTrail's 2/s x %d)%n", pages,
                    rate, scale);
            System.out.printf(Locale.ROOT, "total              %.2f s, floor %.2f s, ratio %.3f (target <= 1.10)%n",
                    seconds, floor, seconds / floor);
            System.out.printf(Locale.ROOT, "at CloudTrail's 2/s %.0f s, floor %.0f s%n", seconds * scale, floor * scale);
            System.out.printf(Locale.ROOT, "first rows         %.3f s (target < 2 s)%n", firstRows.get() / 1e9);
            System.out.printf(Locale.ROOT, "peak heap          %.1f MB sampled (garbage included), %.1f MB after GC,"
                            + " -Xmx %.0f MB (target < 100 MB)%n", heap.sampledPeak / 1e6, heap.afterGcPeak() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    /** A clock that runs {@code scale} times faster than the wall clock, from now. */
    private static final class FasterClock extends Clock {
        private final Instant origin = Instant.now();
        private final long originNanos = System.nanoTime();
        private final int scale;

        FasterClock(int scale) {
            this.scale = scale;
        }

        @Override
        public Instant instant() {
            return origin.plusNanos((System.nanoTime() - originNanos) * scale);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }

    /** Used heap sampled every 10 ms, and the heap pools' peak usage after collections. */
    private static final class HeapWatch {
        private volatile long sampledPeak;
        private long afterGc;
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "heap-watch");

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        private void sample() {
            while (running) {
                sampledPeak = Math.max(sampledPeak,
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                long collected = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                        collected += pool.getCollectionUsage().getUsed();
                    }
                }
                afterGc = Math.max(afterGc, collected);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }

        long afterGcPeak() {
            return afterGc;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
