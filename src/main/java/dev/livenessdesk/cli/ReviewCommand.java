package dev.livenessdesk.cli;

import picocli.CommandLine.Command;

/** {@code review ...}: the review commands; alone it names them. */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Reviews of audit images kept in the"
        + " team's session records.", subcommands = {ReviewExportCommand.class})
final class ReviewCommand extends GroupCommand {
}
