package dev.livenessdesk.core.failure;

/**
 * Hears each attempt of a call that the SDK may retry, so the UI can say "retrying (2 of 4): throttled" instead
 * of freezing silently for several seconds.
 */
@FunctionalInterface
public interface AttemptListener {

    AttemptListener NONE = (attempt, maxAttempts, previousFailure) -> { };

    /**
     * @param attempt         1 for the first try
     * @param maxAttempts     the most attempts the retry policy allows
     * @param previousFailure why the previous attempt failed, null on the first
     */
    void attemptStarted(int attempt, int maxAttempts, FailedAttempt previousFailure);
}
