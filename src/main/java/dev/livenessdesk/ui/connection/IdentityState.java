package dev.livenessdesk.ui.connection;

/** Where the "who am I" check of the active connection stands. */
public enum IdentityState {
    /** No check possible (the backend cannot tell) or none started yet. */
    UNKNOWN,
    CHECKING,
    KNOWN,
    FAILED
}
