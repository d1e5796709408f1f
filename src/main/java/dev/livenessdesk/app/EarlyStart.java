package dev.livenessdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Runs the app's first file reads on a thread of their own while JavaFX starts its toolkit, which takes most of a
 * cold start and leaves the second core idle; {@code init()} then only waits for work that is usually done
 * (bench/startup). JavaFX creates the Application itself, so the hand-over is static.
 */
final class EarlyStart<T> {

    private final CompletableFuture<T> work;

    private EarlyStart(Supplier<T> load) {
        work = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                work.complete(load.get());
            } catch (Throwable failure) {
                work.completeExceptionally(failure);
            }
        }, "liveness-desk-early-start");
        thread.setDaemon(true);
        thread.start();
    }

    static <T> EarlyStart<T> begin(Supplier<T> load) {
        return new EarlyStart<>(load);
    }

    /** The loaded value, or the load's own exception, as if the load had run on the calling thread. */
    T await() {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
