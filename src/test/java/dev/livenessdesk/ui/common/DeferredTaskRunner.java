package dev.livenessdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds submitted jobs until the test runs or cancels them, so a test can look at the "working" state, press
 * Cancel, and see what the user would see.
 */
public final class DeferredTaskRunner implements TaskRunner {

    private final Deque<Pending<?>> pending = new ArrayDeque<>();

    @Override
    public <T> TaskHandle start(Job<T> job) {
        Pending<T> entry = new Pending<>(job);
        pending.add(entry);
        return entry;
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the oldest waiting job to its end on this thread. */
    public void runNext() {
        Pending<?> next = pending.poll();
        if (next == null) {
            throw new IllegalStateException("no job is waiting");
        }
        next.run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void close() {
        pending.clear();
    }

    private final class Pending<T> implements TaskHandle {
        private final Job<T> job;
        private boolean done;

        Pending(Job<T> job) {
            this.job = job;
        }

        void run() {
            if (done) {
                return;
            }
            done = true;
            new SynchronousTaskRunner().start(job);
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                pending.remove(this);
                job.cancelled();
            }
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
