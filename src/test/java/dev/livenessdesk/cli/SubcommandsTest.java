package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.HelpCommand;

/**
 * A run whose first argument names a command builds only that command; everything else sees all of them, so the
 * usage, {@code help} and picocli's suggestions for a mistyped name stay what they were.
 */
class SubcommandsTest {

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(Subcommands.neededFor(new String[] {"create", "--bucket", "b"})).containsExactly(CreateCommand.class);
        assertThat(Subcommands.neededFor(new String[] {"results", "x"})).containsExactly(ResultsCommand.class);
        assertThat(Subcommands.neededFor(new String[] {"campaign", "report"})).containsExactly(CampaignCommand.class);
    }

    @Test
    void helpOptionsAndUnknownNamesSeeEveryCommand() {
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "create"},
                new String[] {"creat"}, new String[] {"CREATE"}, new String[] {"--version", "create"})) {
            assertThat(Subcommands.neededFor(args)).as(String.join(" ", args)).isEqualTo(Subcommands.all())
                    .contains(HelpCommand.class);
        }
    }

    @Test
    void everyCommandIsReachedByEachOfItsNames() {
        for (Class<?> command : Subcommands.all()) {
            if (command == HelpCommand.class) {
                continue;
            }
            for (String name : Subcommands.names(command)) {
                assertThat(Subcommands.neededFor(new String[] {name})).as(name).containsExactly(command);
            }
        }
    }

    @Test
    void theUsageListsEveryCommandInItsOrder() {
        CliRun run = CliRun.run(() -> {
            throw new AssertionError("--help builds no backend");
        }, "--help");

        assertThat(run.exitCode()).isZero();
        List<String> listed = Subcommands.all().stream().map(command -> Subcommands.names(command).get(0)).toList();
        int last = -1;
        for (String name : listed) {
            int at = run.stdout().indexOf("\n  " + name + " ");
            assertThat(at).as("%s in the usage:%n%s", name, run.stdout()).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void aMistypedCommandIsStillSuggestedItsNearName() {
        CliRun run = CliRun.run(() -> {
            throw new AssertionError("a mistyped command builds no backend");
        }, "creat", "--bucket", "b");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.stdout() + run.stderr()).contains("create");
    }
}
