package dev.livenessdesk.cli;

/** What a script can branch on without parsing the JSON. */
final class ExitCode {

    static final int SUCCESS = 0;
    /** The service (or the network, or the credentials) failed. */
    static final int SERVICE_FAILURE = 1;
    /** The input was refused before any call. */
    static final int INVALID_INPUT = 2;

    private ExitCode() {
    }
}
