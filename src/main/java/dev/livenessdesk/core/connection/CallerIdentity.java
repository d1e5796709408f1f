package dev.livenessdesk.core.connection;

import java.util.Objects;
import java.util.Optional;
import java.time.Instant;

/**
 * Who the app acts as on a connection, as STS GetCallerIdentity reports it.
 *
 * @param account           the 12-digit AWS account id
 * @param arn               the caller's ARN (user, assumed role, federated user)
 * @param userId            the unique id of the caller
 * @param credentialsExpiry when the temporary credentials end; empty for long-term keys
 * @param credentialSource  where the credentials came from, in words ("profile dev: IAM Identity Center")
 */
public record CallerIdentity(String account, String arn, String userId, Optional<Instant> credentialsExpiry,
                             String credentialSource) {

    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        userId = userId == null ? "" : userId;
        credentialsExpiry = credentialsExpiry == null ? Optional.empty() : credentialsExpiry;
        credentialSource = credentialSource == null ? "" : credentialSource;
    }
}
