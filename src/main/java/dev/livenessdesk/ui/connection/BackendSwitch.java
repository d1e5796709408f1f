package dev.livenessdesk.ui.connection;

import java.util.Optional;

/**
 * The move between the offline sandbox and AWS without a restart: the composition root opens the other backend
 * and its stores, then rebuilds the window on them. The bar only asks for it and says why it could not be done.
 */
public interface BackendSwitch {

    /** No switch: the button is not shown (tests and benchmarks that build one window). */
    BackendSwitch NONE = new BackendSwitch() {
        @Override
        public boolean offered() {
            return false;
        }

        @Override
        public Optional<Opened> open() {
            return Optional.empty();
        }
    };

    /** Whether the bar offers the switch at all. */
    default boolean offered() {
        return true;
    }

    /**
     * Off the FX thread: whether {@link #open()} could open the other side now (from the sandbox: whether this
     * computer has an AWS setup). Asked before anything that would be lost is mentioned.
     */
    default boolean available() throws Exception {
        return true;
    }

    /**
     * Off the FX thread: opens the other backend, its database and stores. Empty, with nothing opened, when the
     * other side is AWS and this computer has no AWS setup.
     */
    Optional<Opened> open() throws Exception;

    /** What {@link #open()} opened, waiting to be moved into. */
    interface Opened {

        /** On the FX thread: closes the current window, its work and backend, and shows one on what was opened. */
        void enter();
    }
}
