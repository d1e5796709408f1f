package dev.livenessdesk.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code campaign ...}: the campaign commands; alone it names them. */
@Command(name = "campaign", mixinStandardHelpOptions = true, description = "Campaigns of tagged sessions.",
        subcommands = {CampaignReportCommand.class})
final class CampaignCommand implements Callable<Integer>, CommandContext.Holder {

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
