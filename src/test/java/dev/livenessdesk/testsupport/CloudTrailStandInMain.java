package dev.livenessdesk.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * Runs the CloudTrail stand-in on its own with a busy day in it, for the Activity benchmark: yesterday (UTC) holds
 * 11,000 Create, 10,000 Start (800 of them refused, for three reasons, from two clients) and 9,000 Get results
 * events: 30,000 events, 600 pages of 50. The stand-in enforces CloudTrail's rate scaled by the first argument
 * (2 requests in 1000/scale ms; 10 gives 20 a second). Prints its URL, then the day's start, then serves until the
 * process is killed. Args: [scale, default 10].
 */
public final class CloudTrailStandInMain {

    static final int CREATED = 11_000;
    static final int STARTED = 10_000;
    static final int FAILED = 800;
    static final int RESULTS_READ = 9_000;

    private CloudTrailStandInMain() {
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        CloudTrailStandIn standIn = CloudTrailStandIn.start()
                .rateLimit(2, Duration.ofMillis(1000 / scale));
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        seed(standIn, day);
        System.out.println(standIn.uri());
        System.out.println(day);
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void seed(CloudTrailStandIn standIn, Instant day) {
        Random random = new Random(24);
        String[] reasons = {"ValidationException", "AccessDeniedException", "SessionNotFoundException"};
        String[] agents = {TrailRecords.CHROME_ON_WINDOWS,
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                        + "Version/17.2 Mobile/15E148 Safari/604.1",
                "amplify-ui-react/6.1.0 aws-sdk-js/3.490.0 ua/2.0 os/Android#14"};
        // Keep a day's worth of calls inside the day: sessions are created over the first 23 hours.
        long spread = Duration.ofHours(23).toSeconds();
        for (int i = 0; i < CREATED; i++) {
            String id = UUID.nameUUIDFromBytes(("bench-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
            Instant created = day.plusSeconds(spread * i / CREATED).plusMillis(random.nextInt(1000));
            standIn.add(TrailRecords.create(id, created, "liveness-out", "prod/", 2));
            if (i >= STARTED) {
                continue;
            }
            boolean fails = i % (STARTED / FAILED) == 0 && i / (STARTED / FAILED) < FAILED;
            String agent = agents[fails ? 2 - (i / 7) % 2 : random.nextInt(agents.length)];
            String code = fails ? reasons[i % reasons.length] : null;
            standIn.add(TrailRecords.start(id, created.plusSeconds(20 + random.nextInt(60)),
                    "203.0.113." + (1 + random.nextInt(250)), agent, code,
                    fails ? "The input fails to satisfy the constraints." : null));
            if (!fails && i < RESULTS_READ + FAILED) {
                standIn.add(TrailRecords.results(id, created.plusSeconds(120 + random.nextInt(60))));
            }
        }
    }
}
