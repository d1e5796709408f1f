package dev.livenessdesk.cli;

import picocli.CommandLine.Command;

/** {@code retention ...}: the bucket's lifecycle rule for the sessions' prefix; alone it names its commands. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "The S3 lifecycle rule that deletes the sessions' images after a number of days.",
        subcommands = {RetentionProposeCommand.class, RetentionApplyCommand.class})
final class RetentionCommand extends GroupCommand {
}
