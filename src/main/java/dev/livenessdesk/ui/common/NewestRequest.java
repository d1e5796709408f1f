package dev.livenessdesk.ui.common;

import java.util.Objects;

/**
 * "Restart this background job, the newest request wins": starting a job here cancels the one before it, and the
 * callbacks of a job that is no longer the newest never run, even when its answer was already on its way to the
 * FX thread. Use one per kind of request (the session list, the images, the identity check). FX thread only.
 */
public final class NewestRequest {

    private final TaskRunner tasks;
    private long newest;
    private TaskHandle running = TaskHandle.DONE;

    public NewestRequest(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Cancels the current job and describes the next one; set its callbacks and call {@link Job#start()}.
     * Its callbacks run only while no later job was described and {@link #cancel()} was not called.
     */
    public <T> Job<T> job(BackgroundWork<T> work) {
        cancel();
        long mine = newest;
        return new Job<>(new Recording(), work).onlyWhile(() -> mine == newest);
    }

    /** Cancels the current job, if any; its callbacks (onCancelled too) no longer run. */
    public void cancel() {
        newest++;
        TaskHandle stopping = running;
        running = TaskHandle.DONE;
        stopping.cancel();
    }

    /** True while the newest job has not finished. */
    public boolean isRunning() {
        return !running.isDone();
    }

    /** Starts through the real runner and remembers the handle, so the next request can cancel it. */
    private final class Recording implements TaskRunner {
        @Override
        public <T> TaskHandle start(Job<T> job) {
            long mine = newest;
            TaskHandle handle = tasks.start(job);
            if (mine == newest) {
                running = handle;
            }
            return handle;
        }

        @Override
        public void close() {
            // The runner is shared with the rest of the app: closing it is the app's job.
        }
    }
}
