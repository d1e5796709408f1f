package dev.livenessdesk.core.failure;

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
}
