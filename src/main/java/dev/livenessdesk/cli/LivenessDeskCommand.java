package dev.livenessdesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command: carries the run's shared context to its subcommands. A new command goes into
 * {@link Subcommands}, not into this annotation: a run builds only the command it names.
 */
@Command(name = "liveness-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Amazon Rekognition Face Liveness sessions from scripts. Every command prints exactly one JSON line "
                    + "on stdout: {\"success\":true,\"data\":{...}} or {\"success\":false,\"error\":{...}}.",
            "Exit codes: 0 success, 1 the service, network or credentials failed, 2 the input was refused.",
            "Without arguments the desktop app starts instead."})
final class LivenessDeskCommand implements Callable<Integer>, CommandContext.Holder {

    private final CommandContext context;

    @Spec
    CommandSpec spec;

    LivenessDeskCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public CommandContext context() {
        return context;
    }

    /** Options without a command: say so in the envelope, show the commands on stderr. */
    @Override
    public Integer call() {
        context.envelope().failure(JsonEnvelope.VALIDATION_ERROR, CliText.get("command.missing"), Optional.empty());
        spec.commandLine().usage(context.err());
        return ExitCode.INVALID_INPUT;
    }
}
