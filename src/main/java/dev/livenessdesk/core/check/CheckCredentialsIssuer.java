package dev.livenessdesk.core.check;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;

/** Makes the credentials a check page gets for a connection. Blocks (it calls STS): call it off the FX thread. */
public interface CheckCredentialsIssuer {

    /** Seconds a page's credentials live: STS's minimum, enough to start within 3 minutes and finish the check. */
    int DURATION_SECONDS = 900;

    /** The only action a page's credentials allow. */
    String ACTION = "rekognition:StartFaceLivenessSession";

    /**
     * Scoped credentials for a check page on this connection.
     *
     * @param handOverCurrent the user chose, after the warning, to give the page their own temporary credentials
     *                        when no check role is set up
     * @throws CheckRoleMissing when the profile's credentials are temporary, no check role is named, and
     *                          {@code handOverCurrent} is false
     */
    CheckCredentials issue(ConnectionSettings connection, boolean handOverCurrent) throws ServiceException;
}
