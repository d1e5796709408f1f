package dev.livenessdesk;

import dev.livenessdesk.app.DesktopLauncher;
import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.checkpage.LoopbackCheckPages;
import dev.livenessdesk.checkpage.SystemBrowser;
import dev.livenessdesk.cli.CommandLineLauncher;
import dev.livenessdesk.cli.HelpRequest;
import dev.livenessdesk.cli.VersionRequest;
import dev.livenessdesk.core.EarlyStart;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteReviewRows;
import dev.livenessdesk.store.SqliteSessionHistory;
import java.time.Clock;
import java.util.function.Supplier;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteTrailCache;

/**
 * The one entry point, for {@code mvn javafx:run}, the jar and the jpackage launcher: with arguments it is the
 * command line, without them the desktop app. A plain class (not an Application) so the command-line path never
 * loads JavaFX and the classpath launch needs no module flags.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(VersionRequest.isAlone(args) ? VersionRequest.answer(System.out) : commandLine(args));
        }
        DesktopLauncher.launch(args);
    }

    /** One command-line run on AWS, printing its envelope to stdout; the exit code. */
    static int commandLine(String[] args) {
        // Built beside picocli's start rather than after it: the SDK's HTTP client is a tenth of a second. A run that
        // asks only for help calls nothing, and builds the backend only if a command turns out to need it.
        Supplier<Backend> build = () -> new AwsBackend(AwsClientOptions.defaults());
        Supplier<Backend> aws = HelpRequest.isHelpOnly(args) ? build : EarlyStart.begin(build);
        return CommandLineLauncher.run(args, aws, Main::localCampaigns,
                Main::localErasureRecords, Main::localTrail, new LoopbackCheckPages(), new SystemBrowser());
    }

    /** This computer's history, campaigns and erasure journal, for erase and purge. */
    private static LocalErasureRecords localErasureRecords() {
        LocalDatabase database = LocalDatabase.inDataDirectory();
        database.notice().ifPresent(notice -> System.err.println("warning: " + notice));
        return new LocalErasureRecords(new SqliteSessionHistory(database, Clock.systemUTC()),
                new SqliteCampaignStore(database), new SqliteReviewRows(database), new SqliteErasureJournal(database),
                database);
    }

    /** What this computer read of CloudTrail before, so a window read again asks only for what is new. */
    private static SqliteTrailCache localTrail() {
        LocalDatabase database = LocalDatabase.inDataDirectory();
        database.notice().ifPresent(notice -> System.err.println("warning: " + notice));
        return SqliteTrailCache.closingDatabase(database);
    }

    /** This computer's campaigns for the command line; the run says the store's notice on stderr as it ends. */
    private static SqliteCampaignStore localCampaigns() {
        return SqliteCampaignStore.closingDatabase(LocalDatabase.inDataDirectory());
    }
}
