package dev.livenessdesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code retention ...}: the bucket's lifecycle rule for the sessions' prefix; alone it names its commands. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "The S3 lifecycle rule that deletes the sessions' images after a number of days.",
        subcommands = {RetentionProposeCommand.class, RetentionApplyCommand.class})
final class RetentionCommand implements Callable<Integer>, CommandContext.Holder {

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
