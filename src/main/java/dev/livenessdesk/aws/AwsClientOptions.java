package dev.livenessdesk.aws;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How clients are built. Production uses {@link #defaults()}; tests pin credentials and retries so the real SDK
 * talks to a local stand-in without touching the user's AWS files.
 *
 * @param credentialsOverride used instead of the profile / default chain when present
 * @param retryStrategy       the SDK's retry strategy when present (default: the SDK's standard, 3 retries)
 * @param apiCallAttemptTimeout how long one HTTP attempt may take
 * @param apiCallTimeout      how long a call may take with all its retries
 */
public record AwsClientOptions(Optional<AwsCredentialsProvider> credentialsOverride,
                               Optional<RetryStrategy> retryStrategy,
                               Duration connectTimeout,
                               Duration apiCallAttemptTimeout,
                               Duration apiCallTimeout) {

    /** Reaching the endpoint: a working network connects in well under a second. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** One HTTP attempt, and the longest silence on a socket: Face Liveness answers in about a second. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    /** A whole call with its retries: the longest a user waits before hearing why (docs/failures.md, "Time limits and retries"). */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    public static AwsClientOptions defaults() {
        return new AwsClientOptions(Optional.empty(), Optional.empty(), DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT);
    }

    public AwsClientOptions withCredentials(AwsCredentialsProvider provider) {
        return new AwsClientOptions(Optional.of(provider), retryStrategy, connectTimeout, apiCallAttemptTimeout,
                apiCallTimeout);
    }

    public AwsClientOptions withRetryStrategy(RetryStrategy strategy) {
        return new AwsClientOptions(credentialsOverride, Optional.of(strategy), connectTimeout, apiCallAttemptTimeout,
                apiCallTimeout);
    }

    public AwsClientOptions withTimeouts(Duration connect, Duration attempt, Duration call) {
        return new AwsClientOptions(credentialsOverride, retryStrategy, connect, attempt, call);
    }
}
