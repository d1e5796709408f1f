package dev.livenessdesk.cli;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.check.PageOpener;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.EndpointResolver;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every command of one run shares: where to write, and the backend, built only when a command needs it
 * (--help and --version build none; service clients are built later still, per connection) and closed at the end.
 */
final class CommandContext implements AutoCloseable {

    /** A command (or command group) that hands its subcommands the run's context. */
    interface Holder {
        CommandContext context();
    }

    private final Supplier<Backend> backendFactory;
    private final Map<String, String> environment;
    private final Supplier<CampaignStore> campaignStoreFactory;
    private Supplier<LocalErasureRecords> erasureRecordsFactory = () -> {
        throw new IllegalStateException("This run keeps no local records to erase from");
    };
    private LocalErasureRecords erasureRecords;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CheckTools check;
    private Supplier<TrailEventCache> trailCacheFactory = () -> TrailEventCache.NONE;
    private TrailEventCache trailCache;
    private Backend backend;
    private CampaignStore campaignStore;

    /** Where the check command serves its page and how it opens a browser (Main picks both). */
    record CheckTools(CheckPageHost pages, PageOpener opener) {
        static final CheckTools NONE = new CheckTools(CheckPageHost.NONE, PageOpener.NONE);
    }

    /** @param environment the process environment, for the endpoint variables (tests pass their own) */
    CommandContext(Supplier<Backend> backendFactory, Supplier<CampaignStore> campaignStoreFactory, CheckTools check,
                   Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.backendFactory = backendFactory;
        this.environment = Map.copyOf(environment);
        this.campaignStoreFactory = campaignStoreFactory;
        this.check = check;
        this.out = out;
        this.err = err;
    }

    /** Where calls go when no --endpoint-url is given; the sandbox sends nothing anywhere. */
    EndpointResolver endpoints() {
        return backend().isSandbox() ? EndpointResolver.NONE : new EndpointResolver(environment, backend().profiles());
    }

    CheckPageHost checkPages() {
        return check.pages();
    }

    PageOpener pageOpener() {
        return check.opener();
    }

    Backend backend() {
        if (backend == null) {
            backend = backendFactory.get();
        }
        return backend;
    }

    /** This computer's campaigns, opened only by the commands that use them. */
    CampaignStore campaignStore() {
        if (campaignStore == null) {
            campaignStore = campaignStoreFactory.get();
        }
        return campaignStore;
    }

    /** Where the erase and purge commands find this computer's database (Main: the data folder's). */
    CommandContext withErasureRecords(Supplier<LocalErasureRecords> factory) {
        this.erasureRecordsFactory = factory;
        return this;
    }

    /** This computer's history, campaigns and erasure journal, opened only by the commands that erase. */
    LocalErasureRecords erasureRecords() {
        if (erasureRecords == null) {
            erasureRecords = erasureRecordsFactory.get();
        }
        return erasureRecords;
    }

    /** Where the Activity commands keep what they read of CloudTrail (Main: the local database). */
    CommandContext keepingTrailIn(Supplier<TrailEventCache> factory) {
        this.trailCacheFactory = factory;
        return this;
    }

    /** What was read of CloudTrail before, opened only by the commands that read it. */
    TrailEventCache trailCache() {
        if (trailCache == null) {
            trailCache = trailCacheFactory.get();
        }
        return trailCache;
    }

    /** Now, for the time windows. */
    Clock clock() {
        return Clock.systemUTC();
    }

    JsonEnvelope envelope() {
        return new JsonEnvelope(out);
    }

    /** Warnings and notes for the person at the terminal: stderr, so stdout stays one JSON line. */
    void warn(String message) {
        err.println(CliText.get("warning.prefix", message));
        err.flush();
    }

    /** A note for the person at the terminal (a retry, say): stderr, without the warning prefix. */
    void note(String message) {
        err.println(message);
        err.flush();
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public void close() {
        if (erasureRecords != null) {
            erasureRecords.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (trailCache instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Best effort, as for the campaigns: every page kept was committed when it was read.
            }
        }
        if (campaignStore != null) {
            // Said at the end: a damaged file is found, and recovered, when a query meets the damage.
            campaignStore.notice().ifPresent(this::warn);
        }
        if (campaignStore instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Closing the local store is best effort: every change was committed when it was made.
            }
        }
    }
}
