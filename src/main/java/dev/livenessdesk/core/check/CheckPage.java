package dev.livenessdesk.core.check;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** One served check page: its address (with its one-time token), when it started, how it ended. */
public interface CheckPage extends AutoCloseable {

    /** The page's address on this computer, token included: open it in a browser, never log it. */
    URI address();

    /** The session this page runs. */
    String sessionId();

    /** Completes when the page took its credentials (AWS) or played "started" (sandbox). */
    CompletableFuture<Instant> started();

    /** Completes once, with how the check ended; the page's server stops then. */
    CompletableFuture<CheckOutcome> outcome();

    /** Stops serving the page (the outcome becomes CLOSED if it had none). Never throws; idempotent. */
    @Override
    void close();
}
