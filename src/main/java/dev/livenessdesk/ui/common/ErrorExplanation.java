package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;

/** Any failure a background job reports, as the {@link ServiceError} a screen shows. */
public final class ErrorExplanation {

    private ErrorExplanation() {
    }

    /**
     * The port's own explanation when a {@link ServiceException} is anywhere in the cause chain; otherwise (a bug,
     * an I/O failure nobody translated) an {@link ErrorKind#UNKNOWN} error that still says what went wrong.
     */
    public static ServiceError of(Throwable failure) {
        return ServiceException.errorIn(failure).orElseGet(() -> ServiceError.of(ErrorKind.UNKNOWN,
                CommonWords.WORDS.get("error.unexpected", describe(failure)),
                CommonWords.WORDS.get("error.unexpected.next")));
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
