package dev.livenessdesk.core.connection;

import dev.livenessdesk.core.failure.ServiceException;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Signs a profile in to IAM Identity Center the way {@code aws sso login} does, sharing the CLI's token cache.
 * Tokens never leave the implementation: callers see the user code, the page, and when the sign-in ends.
 */
public interface SsoSignIn {

    /** Reads the profile (file I/O): can the app sign it in, and the CLI command either way. */
    SignInRoute routeFor(Optional<String> profile);

    /**
     * Runs the device sign-in: reports the code to show (on the calling thread), then waits until the user approves
     * it in the browser. Blocks; interrupting the thread cancels it.
     *
     * @return when the new sign-in expires
     */
    Instant signIn(Optional<String> profile, Consumer<DeviceCode> showCode)
            throws ServiceException, InterruptedException;
}
