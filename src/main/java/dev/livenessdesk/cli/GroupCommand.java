package dev.livenessdesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that only groups others ({@code campaign}, {@code review}, {@code retention}): it hands its children the
 * run's context, and alone it says a command is missing in the error envelope and names them on stderr.
 */
abstract class GroupCommand implements Callable<Integer>, CommandContext.Holder {

    @ParentCommand
    private LivenessDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public CommandContext context() {
        return root.context();
    }

    @Override
    public Integer call() {
        context().envelope().failure(JsonEnvelope.VALIDATION_ERROR, CliText.get("command.missing"), Optional.empty());
        spec.commandLine().usage(context().err());
        return ExitCode.INVALID_INPUT;
    }
}
