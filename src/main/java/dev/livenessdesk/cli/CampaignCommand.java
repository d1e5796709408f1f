package dev.livenessdesk.cli;

import picocli.CommandLine.Command;

/** {@code campaign ...}: the campaign commands; alone it names them. */
@Command(name = "campaign", mixinStandardHelpOptions = true, description = "Campaigns of tagged sessions.",
        subcommands = {CampaignReportCommand.class})
final class CampaignCommand extends GroupCommand {
}
