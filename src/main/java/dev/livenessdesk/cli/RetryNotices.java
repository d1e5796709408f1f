package dev.livenessdesk.cli;

import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.FailedAttempt;

/**
 * Says on stderr that a call is being retried and why, so a script's log explains the wait; stdout keeps its one
 * JSON line. The first attempt is silent.
 */
final class RetryNotices implements AttemptListener {

    // The AttemptReporter's word for an attempt that got no answer at all.
    private static final String NO_ANSWER = "NETWORK_ERROR";

    private final CommandContext context;

    RetryNotices(CommandContext context) {
        this.context = context;
    }

    @Override
    public void attemptStarted(int attempt, int maxAttempts, FailedAttempt previousFailure) {
        if (attempt <= 1) {
            return;
        }
        String why = previousFailure == null || NO_ANSWER.equals(previousFailure.code())
                ? CliText.get("retry.noAnswer") : CliText.get("retry.answered", previousFailure.code());
        context.note(CliText.get("retry.notice", attempt, maxAttempts, why));
    }
}
