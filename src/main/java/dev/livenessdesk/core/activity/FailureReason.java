package dev.livenessdesk.core.activity;

import java.util.Optional;

/**
 * Why a call of a session failed, in words with what to ask or do, keeping the service's own code and text beside
 * them. A code the desk does not know is shown as sent, with its message.
 *
 * @param code        the service's error code, as sent (e.g. {@code ValidationException})
 * @param serviceText the service's own message, as sent
 * @param title       the short reason: "The video could not be used"
 * @param whatToDo    what to ask the person or to change
 * @param known       false when the desk does not know the code: title and advice then repeat what was sent
 */
public record FailureReason(String code, Optional<String> serviceText, String title, String whatToDo,
                            boolean known) {

    /** The reason of a failed call from its CloudTrail {@code errorCode} and {@code errorMessage}. */
    public static FailureReason of(String code, Optional<String> serviceText) {
        String key = "reason." + code;
        if (code != null && !code.isBlank() && ActivityWords.has(key + ".title")) {
            return new FailureReason(code, serviceText, ActivityWords.get(key + ".title"),
                    ActivityWords.get(key + ".todo"), true);
        }
        String shown = code == null || code.isBlank() ? ActivityWords.get("reason.noCode") : code;
        return new FailureReason(shown, serviceText, shown, serviceText
                .map(text -> ActivityWords.get("reason.unknown.todoWithText", text))
                .orElseGet(() -> ActivityWords.get("reason.unknown.todo")), false);
    }

    /** A session whose check was never started: nothing failed on the service, the person did not get there. */
    public static FailureReason neverStarted() {
        return new FailureReason("NEVER_STARTED", Optional.empty(), ActivityWords.get("reason.NEVER_STARTED.title"),
                ActivityWords.get("reason.NEVER_STARTED.todo"), true);
    }

    /** "The video could not be used: ask ... (ValidationException: ...)": one line for a row or a report. */
    public String line() {
        String sent = serviceText.map(text -> code + ": " + text).orElse(code);
        return known ? ActivityWords.get("reason.line", title, whatToDo, sent)
                : ActivityWords.get("reason.line.unknown", sent);
    }
}
