package dev.livenessdesk.ui.session;

/** "Throttled, retrying (attempt 2 of 4)…": what the form's status line says while the SDK retries a create. */
final class RetryWords {

    private RetryWords() {
    }

    static String attemptMessage(int attempt, int maxAttempts, String previousFailure) {
        if (attempt <= 1) {
            return SessionFormViewModel.WORDS.get("status.creating");
        }
        return SessionFormViewModel.WORDS.get("status.retrying", reasonOf(previousFailure), attempt, maxAttempts);
    }

    private static String reasonOf(String previousFailure) {
        String code = previousFailure == null ? "" : previousFailure;
        if (code.contains("Throttl") || code.contains("ProvisionedThroughput") || code.contains("TooManyRequests")) {
            return SessionFormViewModel.WORDS.get("retry.throttled");
        }
        if (code.contains("InternalServer") || code.contains("ServiceUnavailable") || code.startsWith("5")) {
            return SessionFormViewModel.WORDS.get("retry.serviceError");
        }
        return code.isBlank() ? SessionFormViewModel.WORDS.get("retry.failed")
                : SessionFormViewModel.WORDS.get("retry.other", code);
    }
}
