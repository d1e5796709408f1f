package dev.livenessdesk.core.connection;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user needs to approve a device sign-in: the code to compare and the page to open.
 *
 * @param userCode                the short code the sign-in page shows too (not a secret on its own)
 * @param verificationUri         the page where the code is typed in
 * @param verificationUriComplete the same page with the code filled in, when the service gives one
 * @param expiresAt               when the code stops working
 */
public record DeviceCode(String userCode, URI verificationUri, Optional<URI> verificationUriComplete,
                         Instant expiresAt) {

    public DeviceCode {
        Objects.requireNonNull(userCode, "userCode");
        Objects.requireNonNull(verificationUri, "verificationUri");
        verificationUriComplete = verificationUriComplete == null ? Optional.empty() : verificationUriComplete;
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The page to open: with the code filled in when possible. */
    public URI pageToOpen() {
        return verificationUriComplete.orElse(verificationUri);
    }
}
