package dev.livenessdesk.core.check;

import java.time.Instant;
import java.util.Objects;

/**
 * Temporary credentials handed to a check page. Always a session token: long-term keys never reach a page.
 * {@link #toString()} hides the secrets, so a log line or an exception message cannot leak them.
 */
public record CheckCredentials(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                               CredentialScope scope) {

    public CheckCredentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(scope, "scope");
        if (sessionToken == null || sessionToken.isBlank()) {
            throw new IllegalArgumentException("A check page gets temporary credentials only (a session token)");
        }
    }

    @Override
    public String toString() {
        return "CheckCredentials[" + scope + ", expires " + expiration + "]";
    }
}
