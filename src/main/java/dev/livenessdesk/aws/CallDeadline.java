package dev.livenessdesk.aws;

import dev.livenessdesk.core.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Holds a blocking SDK call to its bound, whatever the socket does. The SDK's own call timeout aborts the request,
 * but a read blocked in HttpURLConnection does not wake for that (a server that accepts and never answers kept a
 * call three times its bound), so the call runs on a helper thread and the caller stops waiting at the bound. The
 * helper ends by itself within one attempt's timeout, when the socket's read timeout fires.
 */
final class CallDeadline {

    /** A little over the SDK's own bound, so its timeout, with its attempt count, normally comes first. */
    static final Duration GRACE = Duration.ofMillis(500);

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(DaemonThreads.named("aws-call"));

    /** The call took its whole bound; the helper thread was told to stop. */
    static final class Expired extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The waiting thread was interrupted (the user cancelled); the call was told to stop. */
    static final class Cancelled extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private CallDeadline() {
    }

    static <T> T run(Supplier<T> call, Duration bound) throws Expired, Cancelled {
        Future<T> running = CALLS.submit(call::get);
        try {
            T answer = running.get(bound.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            if (Thread.currentThread().isInterrupted()) {
                // Cancelled just as the answer came: a Future hands back a finished result before it looks at
                // the interrupt. The cancel wins, as it does a moment earlier (the caller ignores the answer).
                throw new Cancelled();
            }
            return answer;
        } catch (TimeoutException late) {
            running.cancel(true);
            throw new Expired();
        } catch (InterruptedException | CancellationException stopped) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new Cancelled();
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
