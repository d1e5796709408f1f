package dev.livenessdesk.aws;

import java.util.Optional;

/**
 * Reads a thrown error's cause chain: the SDK wraps what really happened (a refused connection, an SSO token
 * problem, an interrupted thread) in layers of its own exceptions, so every translation looks through them all.
 */
final class ErrorChain {

    private ErrorChain() {
    }

    /** The first error of the given type in the cause chain, the error itself included. */
    static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Every message of the chain and of what each link suppressed, one a line, for spotting known phrases. */
    static String allMessages(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                text.append(suppressed.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    /** The innermost message (what really went wrong), else the outer one, else the innermost type's name. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? error.getMessage()
                : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
