package dev.livenessdesk.app;

import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteSessionHistory;
import java.time.Clock;

/**
 * What one desktop window stands on and what is closed with it: the backend, its database, and the history and
 * campaigns kept in that database. The sandbox's database is in memory, so an AWS window never lists a sandbox
 * session it could not open.
 */
record DesktopWorld(Backend backend, LocalDatabase database, SessionHistoryStore history, CampaignStore campaigns) {

    /** Where worlds come from; blocking (profile files, the database), so called off the FX thread. */
    interface Source {

        /** Whether an AWS world can be opened: some profile or credential variable is set up. */
        boolean hasAwsSetup();

        DesktopWorld open(boolean sandbox);

        /** This computer: the AWS profiles and the data folder's database, or the sandbox in memory. */
        Source THIS_COMPUTER = new Source() {
            @Override
            public boolean hasAwsSetup() {
                return BackendFactory.awsSetupFound();
            }

            @Override
            public DesktopWorld open(boolean sandbox) {
                return on(sandbox ? BackendFactory.sandbox() : BackendFactory.aws());
            }
        };
    }

    /** Opens the database that goes with the backend: the data folder's for AWS, a fresh one in memory otherwise. */
    static DesktopWorld on(Backend backend) {
        return on(backend, backend.isSandbox() ? LocalDatabase.forSandbox() : LocalDatabase.inDataDirectory());
    }

    static DesktopWorld on(Backend backend, LocalDatabase database) {
        return new DesktopWorld(backend, database, new SqliteSessionHistory(database, Clock.systemUTC()),
                new SqliteCampaignStore(database));
    }

    boolean isSandbox() {
        return backend.isSandbox();
    }

    /** Releases the backend's clients and the database; never throws. */
    void close() {
        backend.close();
        database.close();
    }
}
