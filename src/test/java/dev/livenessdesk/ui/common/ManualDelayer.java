package dev.livenessdesk.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Holds scheduled actions until the test lets time pass, and remembers every delay asked for. */
public final class ManualDelayer implements Delayer {

    private final List<Waiting> waiting = new ArrayList<>();
    private final List<Duration> requested = new ArrayList<>();

    @Override
    public synchronized TaskHandle schedule(Duration delay, Runnable action) {
        Waiting entry = new Waiting(delay, action);
        waiting.add(entry);
        requested.add(delay);
        return entry;
    }

    /** Every delay scheduled so far, in order, including cancelled ones. */
    public synchronized List<Duration> requestedDelays() {
        return List.copyOf(requested);
    }

    public synchronized int waitingCount() {
        return waiting.size();
    }

    /** The delay of the action that would run next; fails when nothing waits. */
    public synchronized Duration nextDelay() {
        if (waiting.isEmpty()) {
            throw new AssertionError("Nothing is scheduled");
        }
        return waiting.get(0).delay;
    }

    /** Lets the oldest waiting action's time pass and runs it on this thread. */
    public void elapseNext() {
        Waiting next;
        synchronized (this) {
            if (waiting.isEmpty()) {
                throw new AssertionError("Nothing is scheduled");
            }
            next = waiting.remove(0);
        }
        next.done = true;
        next.action.run();
    }

    private final class Waiting implements TaskHandle {
        private final Duration delay;
        private final Runnable action;
        private boolean done;

        Waiting(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }

        @Override
        public void cancel() {
            synchronized (ManualDelayer.this) {
                waiting.remove(this);
            }
            done = true;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
