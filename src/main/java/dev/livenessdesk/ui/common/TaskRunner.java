package dev.livenessdesk.ui.common;

/**
 * The one way view models run blocking work: off the FX thread, with callbacks back on it. Tests inject a runner
 * that works on the calling thread, so view models are tested without a toolkit or a robot.
 */
public interface TaskRunner extends AutoCloseable {

    /** Describes a job; nothing runs until {@link Job#start()}. */
    default <T> Job<T> job(BackgroundWork<T> work) {
        return new Job<>(this, work);
    }

    /** Runs a described job; prefer {@code job(work)...start()}. */
    <T> TaskHandle start(Job<T> job);

    /** Stops the worker threads; running jobs are cancelled. */
    @Override
    void close();
}
