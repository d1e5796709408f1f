package dev.livenessdesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code review ...}: the review commands; alone it names them. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Reviews of audit images kept in the"
        + " team's session records.", subcommands = {ReviewExportCommand.class})
final class ReviewCommand implements Callable<Integer>, CommandContext.Holder {

    @ParentCommand
    private LivenessDeskCommand root;

    @Spec
    CommandSpec spec;

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
