package dev.livenessdesk.core.failure;

import java.util.Optional;

/** A port call that failed; carries the {@link ServiceError} the user will see. */
public class ServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ServiceError error;

    public ServiceException(ServiceError error, Throwable cause) {
        super(error.message(), cause);
        this.error = error;
    }

    public ServiceException(ServiceError error) {
        this(error, null);
    }

    public ServiceError error() {
        return error;
    }

    /**
     * The one cause-chain unwrap: the {@link ServiceError} of the first ServiceException in the failure or its
     * causes (a task runner or an executor may wrap it), or empty for a failure no port explained.
     */
    public static Optional<ServiceError> errorIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServiceException service) {
                return Optional.of(service.error());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
