package dev.livenessdesk.cli;

import java.util.List;

/**
 * A run that asks only for help: {@code help ...}, or {@code -h}/{@code --help} (or {@code -V}/{@code --version})
 * anywhere in it. Such a run calls no service, so the command line does not build the AWS backend beside picocli
 * for it: that work took the second core from picocli's usage for nothing (bench/cli, {@code --help}). A guess
 * wrong either way costs only time: a backend not built early is built when a command first needs it.
 */
public final class HelpRequest {

    private static final List<String> HELP_OPTIONS = List.of("-h", "--help", "-V", "--version");

    private HelpRequest() {
    }

    public static boolean isHelpOnly(String[] args) {
        if (args.length > 0 && "help".equals(args[0])) {
            return true;
        }
        for (String arg : args) {
            if (HELP_OPTIONS.contains(arg)) {
                return true;
            }
        }
        return false;
    }
}
