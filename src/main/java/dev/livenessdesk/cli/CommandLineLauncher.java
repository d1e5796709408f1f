package dev.livenessdesk.cli;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.check.PageOpener;
import dev.livenessdesk.core.connection.Backend;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs the command line and returns its exit code. The caller picks the backend (Main: AWS), so this package
 * sees only core ports; tests pass their own writers instead of touching System.out.
 */
public final class CommandLineLauncher {

    private CommandLineLauncher() {
    }

    /** @param checkPages where {@code check} serves its page; {@code opener} opens it in a browser */
    public static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                          CheckPageHost checkPages, PageOpener opener) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, backendFactory, campaigns, checkPages, opener, out, err);
    }

    /**
     * A run on this computer's records: the campaigns, and for erase and purge the history, campaigns and erasure
     * journal of its database.
     */
    public static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                          Supplier<LocalErasureRecords> erasureRecords, CheckPageHost checkPages,
                          PageOpener opener) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, backendFactory, campaigns, erasureRecords, null, out, err, System.getenv(),
                new CommandContext.CheckTools(checkPages, opener));
    }

    /**
     * The same, with where {@code activity} and {@code timeline} keep what they read of CloudTrail (Main: the
     * local database), so a window read again asks only for what is new.
     */
    public static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                          Supplier<LocalErasureRecords> erasureRecords, Supplier<TrailEventCache> trailCache,
                          CheckPageHost checkPages, PageOpener opener) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, backendFactory, campaigns, erasureRecords, trailCache, out, err, System.getenv(),
                new CommandContext.CheckTools(checkPages, opener));
    }

    /** A run whose CloudTrail reads are kept in this cache (tests: a database in a temp folder). */
    public static int runReadingTrail(String[] args, Supplier<Backend> backendFactory,
                                      Supplier<TrailEventCache> trailCache, PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, InMemoryCampaignStore::new, null, trailCache, out, err, System.getenv(),
                CommandContext.CheckTools.NONE);
    }

    /** A run whose erase and purge commands work on these records (tests: a database in a temp folder). */
    public static int runErasing(String[] args, Supplier<Backend> backendFactory,
                                 Supplier<LocalErasureRecords> erasureRecords, PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, InMemoryCampaignStore::new, erasureRecords, null, out, err,
                System.getenv(), CommandContext.CheckTools.NONE);
    }

    public static int run(String[] args, Supplier<Backend> backendFactory) {
        return run(args, backendFactory, InMemoryCampaignStore::new, CheckPageHost.NONE, PageOpener.NONE);
    }

    /** A run whose campaigns live only as long as it does. */
    public static int run(String[] args, Supplier<Backend> backendFactory, PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, InMemoryCampaignStore::new, CheckPageHost.NONE, PageOpener.NONE, out, err);
    }

    public static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                          PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, campaigns, CheckPageHost.NONE, PageOpener.NONE, out, err);
    }

    public static int run(String[] args, Supplier<Backend> backendFactory, CheckPageHost checkPages,
                          PageOpener opener, PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, InMemoryCampaignStore::new, checkPages, opener, out, err);
    }

    public static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                          CheckPageHost checkPages, PageOpener opener, PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, campaigns, new CommandContext.CheckTools(checkPages, opener), System.getenv(),
                out, err);
    }

    /** @param environment the variables the endpoint settings are read from (tests pass their own) */
    static int run(String[] args, Supplier<Backend> backendFactory, Map<String, String> environment,
                   PrintWriter out, PrintWriter err) {
        return run(args, backendFactory, InMemoryCampaignStore::new, CommandContext.CheckTools.NONE, environment,
                out, err);
    }

    private static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                           CommandContext.CheckTools check, Map<String, String> environment, PrintWriter out,
                           PrintWriter err) {
        return run(args, backendFactory, campaigns, null, null, out, err, environment, check);
    }

    private static int run(String[] args, Supplier<Backend> backendFactory, Supplier<CampaignStore> campaigns,
                           Supplier<LocalErasureRecords> erasureRecords, Supplier<TrailEventCache> trailCache,
                           PrintWriter out, PrintWriter err, Map<String, String> environment,
                           CommandContext.CheckTools check) {
        try (CommandContext context = new CommandContext(backendFactory, campaigns, check, environment, out, err)) {
            if (erasureRecords != null) {
                context.withErasureRecords(erasureRecords);
            }
            if (trailCache != null) {
                context.keepingTrailIn(trailCache);
            }
            CommandLine commandLine = new CommandLine(new LivenessDeskCommand(context));
            for (Class<?> subcommand : Subcommands.neededFor(args)) {
                commandLine.addSubcommand(subcommand);
            }
            // "@file" would read arguments from a file: a bucket named @x must never open a file.
            commandLine.setExpandAtFiles(false)
                    .setOut(out)
                    .setErr(err)
                    .setParameterExceptionHandler(new UsageErrorHandler(context))
                    .setExecutionExceptionHandler(new UnexpectedFailureHandler(context));
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
