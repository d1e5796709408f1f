package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.failure.FailedAttempt;

/** "Throttled, retrying (attempt 2 of 4)…": what the form's status line says while the SDK retries a create. */
final class RetryWords {

    private RetryWords() {
    }

    static String attemptMessage(int attempt, int maxAttempts, FailedAttempt previousFailure) {
        if (attempt <= 1) {
            return SessionFormViewModel.WORDS.get("status.creating");
        }
        return SessionFormViewModel.WORDS.get("status.retrying", reasonOf(previousFailure), attempt, maxAttempts);
    }

    /** The failure's kind says what it was; the AWS code is named only for a kind without words of its own. */
    private static String reasonOf(FailedAttempt previousFailure) {
        if (previousFailure == null) {
            return SessionFormViewModel.WORDS.get("retry.failed");
        }
        return switch (previousFailure.kind()) {
            case THROTTLED -> SessionFormViewModel.WORDS.get("retry.throttled");
            case SERVICE_ERROR -> SessionFormViewModel.WORDS.get("retry.serviceError");
            default -> previousFailure.code().isBlank() ? SessionFormViewModel.WORDS.get("retry.failed")
                    : SessionFormViewModel.WORDS.get("retry.other", previousFailure.code());
        };
    }
}
