package dev.livenessdesk.aws;

import dev.livenessdesk.core.erasure.ErasurePlan;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A desk in a child JVM running a purge against the parent's stand-ins, so the parent can kill it mid-batch.
 * Arguments: the S3 stand-in's URI, the STS stand-in's URI, the data folder, the bucket, the prefix.
 */
public final class PurgeChild {

    private PurgeChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ErasureDesk desk = new ErasureDesk(URI.create(args[0]), URI.create(args[1]),
                Path.of(args[2]))) {
            ErasurePlan plan = desk.planner.planPurge(args[3], args[4], Duration.ofDays(30), Instant.now());
            out.println("PLANNED " + plan.sessionIds().size() + " " + plan.versionCount());
            desk.eraser.run(plan, false, (settled, total, note) -> out.println("SETTLED " + settled), () -> false);
            out.println("FINISHED");
        }
    }
}
