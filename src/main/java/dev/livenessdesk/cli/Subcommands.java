package dev.livenessdesk.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The top command's subcommands, in the order the usage lists them. picocli reads every field, method and mixin of
 * a command when the command is added, all fourteen at each run: about 120 ms of a {@code create} that needs one
 * of them (bench/README). A run whose first argument names a command adds only that command; anything else (no
 * command, an option, {@code help}, a name that is not a command, so picocli can suggest the near ones) adds all.
 */
final class Subcommands {

    private static final List<Class<?>> ALL = List.of(CreateCommand.class, ResultsCommand.class,
            CheckCommand.class, SessionsCommand.class, ImagesCommand.class, DoctorCommand.class,
            ActivityCommand.class, TimelineCommand.class, CampaignCommand.class, ReviewCommand.class,
            EraseCommand.class, PurgeCommand.class, RetentionCommand.class, HelpCommand.class);

    private Subcommands() {
    }

    /** Every subcommand, for the usage and for {@code help}. */
    static List<Class<?>> all() {
        return ALL;
    }

    /** The subcommands a run with these arguments can reach. */
    static List<Class<?>> neededFor(String[] args) {
        if (args.length == 0) {
            return ALL;
        }
        for (Class<?> command : ALL) {
            if (command != HelpCommand.class && names(command).contains(args[0])) {
                return List.of(command);
            }
        }
        return ALL;
    }

    /** A command's name and aliases, as its annotation gives them. */
    static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(0, annotation.name());
        return names;
    }
}
