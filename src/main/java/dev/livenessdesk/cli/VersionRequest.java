package dev.livenessdesk.cli;

import dev.livenessdesk.core.DeskVersion;
import java.io.PrintStream;

/**
 * {@code --version} (or {@code -V}) given alone, answered before the command line is built: picocli reads the
 * annotations of every command to build its model, about a quarter of a second of a 0.4 s run that only prints
 * one line (bench/README). The line is the one picocli prints through {@link VersionProvider}.
 */
public final class VersionRequest {

    private VersionRequest() {
    }

    /** True for exactly {@code --version} or {@code -V} and nothing else. */
    public static boolean isAlone(String[] args) {
        return args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    }

    /** Prints the version line; the exit code of a version request (0). */
    public static int answer(PrintStream out) {
        out.println(line());
        out.flush();
        return ExitCode.SUCCESS;
    }

    static String line() {
        return "liveness-desk " + DeskVersion.get();
    }
}
