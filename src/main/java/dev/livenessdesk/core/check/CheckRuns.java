package dev.livenessdesk.core.check;

import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CheckSimulator;
import dev.livenessdesk.core.session.CreatedSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * "Run the check here", the same for the desktop and the command line: picks what the page gets (the sandbox's
 * player, or scoped credentials from the backend) and asks the host to serve it. Blocks (STS): off the FX thread.
 */
public final class CheckRuns {

    private final Backend backend;
    private final CheckPageHost host;
    private final Clock clock;

    public CheckRuns(Backend backend, CheckPageHost host, Clock clock) {
        this.backend = backend;
        this.host = host;
        this.clock = clock;
    }

    /** Why the check cannot run on this computer, in words; empty when it can. */
    public Optional<String> unavailableReason() {
        return host.unavailableReason();
    }

    /**
     * Serves a page for a session that is still CREATED.
     *
     * @param createdAt when the session was created, if known; otherwise the page allows the longest a session
     *                  made just now could wait (3 minutes), and the service says the rest
     * @param handOverCurrent the user accepted the warning to give the page their own temporary credentials
     */
    public CheckPage start(ConnectionSettings connection, String sessionId, Optional<Instant> createdAt,
                           boolean handOverCurrent) throws ServiceException {
        Optional<String> missing = host.unavailableReason();
        if (missing.isPresent()) {
            throw new ServiceException(pageMissing(missing.get()));
        }
        Instant latest = clock.instant().plus(CreatedSession.START_WINDOW);
        Instant deadline = createdAt.map(at -> at.plus(CreatedSession.START_WINDOW))
                .filter(at -> at.isBefore(latest)).orElse(latest);
        if (!deadline.isAfter(clock.instant())) {
            throw new ServiceException(ServiceError.of(ErrorKind.SESSION_NOT_FOUND,
                    CheckWords.get("start.tooLate", sessionId), CheckWords.get("start.tooLate.next")));
        }
        Optional<CheckSimulator> player = backend.checkSimulator();
        if (player.isPresent()) {
            return host.open(CheckPageSpec.sandbox(sessionId, connection.region(), deadline, player.get()));
        }
        CheckCredentialsIssuer issuer = backend.checkCredentials().orElseThrow(() -> new ServiceException(
                ServiceError.of(ErrorKind.UNKNOWN, CheckWords.get("start.noIssuer"), "")));
        CheckCredentials credentials = issuer.issue(connection, handOverCurrent);
        return host.open(CheckPageSpec.aws(sessionId, connection.region(), deadline, credentials));
    }

    /** The page is not part of this build: what is missing, and that the session itself is fine. */
    public static ServiceError pageMissing(String reason) {
        return ServiceError.of(ErrorKind.UNKNOWN, reason, CheckWords.get("page.missing.next"));
    }
}
