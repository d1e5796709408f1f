package dev.livenessdesk.bench;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsProfileCatalog;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.time.Clock;
import java.util.Arrays;

/**
 * What the desktop app's Create costs against a local Rekognition stand-in, in the app's own process: the first
 * create (SDK client built, classes loaded, first connection) and the median of warm ones. Not a test.
 * Run: {@code bench/create/run.sh}.
 */
public final class CreateBench {

    private CreateBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        SessionSettings settings = new SessionSettingsValidator().validate(SessionDraft.builder().region("us-east-1")
                .bucket("liveness-bench").keyPrefix("bench/").auditImagesLimit("2").build()).settings().orElseThrow();
        try (RekognitionStandIn standIn = RekognitionStandIn.start();
             AwsBackend backend = new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(),
                     new AwsProfileCatalog())) {
            long start = System.nanoTime();
            LivenessSessions sessions = backend.livenessSessions(standIn.connection());
            sessions.create(settings);
            double first = (System.nanoTime() - start) / 1e6;
            double[] warm = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                sessions.create(settings);
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(warm);
            System.out.printf("first create (cold SDK): %.0f ms%n", first);
            System.out.printf("warm create: median %.2f ms, p90 %.2f ms over %d runs%n", warm[runs / 2],
                    warm[(int) (runs * 0.9)], runs);
        }
    }
}
