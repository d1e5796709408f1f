package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;

/** Who the calls of one connection run as, asked once: its account is every bucket call's expected owner. */
final class KnownCaller {

    private final IdentityService identity;
    private final ConnectionSettings connection;
    private volatile CallerIdentity known;

    KnownCaller(IdentityService identity, ConnectionSettings connection) {
        this.identity = identity;
        this.connection = connection;
    }

    CallerIdentity get() throws ServiceException {
        CallerIdentity caller = known;
        if (caller == null) {
            caller = identity.whoAmI(connection);
            known = caller;
        }
        return caller;
    }

    /** The caller, when it was asked already. */
    Optional<CallerIdentity> ifKnown() {
        return Optional.ofNullable(known);
    }
}
