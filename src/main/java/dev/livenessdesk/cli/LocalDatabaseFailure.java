package dev.livenessdesk.cli;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.util.Optional;

/**
 * A failure of this computer's database (busy, a full disk, damage that could not be repaired) as the command
 * line reports it: LOCAL_DATABASE_ERROR, exit 1. Never VALIDATION_ERROR: the input was not refused, and the same
 * command may well work once the cause is gone.
 */
final class LocalDatabaseFailure {

    static final String CODE = "LOCAL_DATABASE_ERROR";

    private LocalDatabaseFailure() {
    }

    static ServiceException of(IOException failed) {
        return new ServiceException(new ServiceError(ErrorKind.UNKNOWN,
                CliText.get("campaign.storeUnreadable", failed.getMessage()), "", Optional.of(CODE),
                Optional.empty(), 0, Optional.empty()), failed);
    }
}
