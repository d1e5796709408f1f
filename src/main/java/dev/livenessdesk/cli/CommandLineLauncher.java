package dev.livenessdesk.cli;

/** Runs the command line and returns its exit code (placeholder until the command line lands). */
public final class CommandLineLauncher {

    private CommandLineLauncher() {
    }

    public static int run(String[] args) {
        System.err.println("The command line is not built yet.");
        return 2;
    }
}
