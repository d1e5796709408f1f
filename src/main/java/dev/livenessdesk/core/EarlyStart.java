package dev.livenessdesk.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work begun on a thread of its own at the start of a run, so it overlaps what the run does first, on the core that
 * would otherwise idle; whoever needs the value then only waits for work that is usually done. The desktop reads
 * its files while JavaFX starts its toolkit (bench/startup); the command line builds the AWS backend, whose HTTP
 * client reads the JDK's trust store, while picocli reads the command (bench/cli). The thread is a daemon: a run
 * that never asks for the value (help, a mistyped argument) ends without waiting for it.
 */
public final class EarlyStart<T> implements Supplier<T> {

    private final CompletableFuture<T> work;

    private EarlyStart(Supplier<T> load) {
        work = new CompletableFuture<>();
        DaemonThreads.named("liveness-desk-early-start").newThread(() -> {
            try {
                work.complete(load.get());
            } catch (Throwable failure) {
                work.completeExceptionally(failure);
            }
        }).start();
    }

    public static <T> EarlyStart<T> begin(Supplier<T> load) {
        return new EarlyStart<>(load);
    }

    /** The loaded value, or the load's own exception, as if the load had run on the calling thread. */
    public T await() {
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

    /** The same as {@link #await()}, for code that takes a {@link Supplier}. */
    @Override
    public T get() {
        return await();
    }
}
