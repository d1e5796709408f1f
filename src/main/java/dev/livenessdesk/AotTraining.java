package dev.livenessdesk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's AOT training run (AotCacheTraining in the packaging build), not a user command: a {@code create} with
 * the given arguments, then {@code results} of the session it made, then a {@code sessions} listing, in one JVM.
 * A cache trained on create alone left results to load and link its classes at every run (bench/cli: results
 * 1.3-1.4x the AWS CLI, create 1.1x).
 * The build points the CLI launcher's main class here only while it trains, then back at {@link Main}.
 */
public final class AotTraining {

    private static final Pattern CREATED_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private AotTraining() {
    }

    public static void main(String[] createArguments) {
        PrintStream console = System.out;
        ByteArrayOutputStream created = new ByteArrayOutputStream();
        System.setOut(new PrintStream(created, true, StandardCharsets.UTF_8));
        int exit = Main.commandLine(createArguments);
        Matcher id = CREATED_ID.matcher(created.toString(StandardCharsets.UTF_8));
        if (exit == 0 && id.find()) {
            exit = Main.commandLine(new String[] {"results", id.group(1)});
        }
        // The S3 client's 700 classes: without them `sessions` loaded and linked them at every run (bench/listing,
        // whole process 2.1 s). The training's S3 endpoint answers nothing, which is enough to load them; its
        // failure is expected and does not fail the training.
        Main.commandLine(new String[] {"sessions", "--bucket", "liveness-training", "--prefix", "training/",
            "--limit", "50"});
        System.setOut(console);
        console.println(created.toString(StandardCharsets.UTF_8).strip());
        System.exit(exit);
    }
}
