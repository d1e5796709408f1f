package dev.livenessdesk.cli;

/** Input refused before any call to AWS: the VALIDATION_ERROR envelope, exit code 2. */
final class InvalidInput extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidInput(String message) {
        super(message);
    }
}
