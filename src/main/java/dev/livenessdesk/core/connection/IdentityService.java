package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.failure.ServiceException;


/** Answers "who am I on this connection?" so the user always sees which account they are about to touch. */
@FunctionalInterface
public interface IdentityService {

    /** Blocks on the network; interrupting the thread cancels the call. */
    CallerIdentity whoAmI(ConnectionSettings connection) throws ServiceException;
}
