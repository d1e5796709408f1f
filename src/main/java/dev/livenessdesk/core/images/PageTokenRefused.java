package dev.livenessdesk.core.images;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;

/**
 * A page token that the image store never gave out, refused before any call. A typed failure, so the command
 * line can answer it as refused input (exit 2) rather than as a failed call.
 */
public final class PageTokenRefused extends ServiceException {

    private static final long serialVersionUID = 1L;

    public PageTokenRefused(String message, String nextStep, Throwable cause) {
        super(ServiceError.of(ErrorKind.INVALID_PARAMETER, message, nextStep), cause);
    }
}
