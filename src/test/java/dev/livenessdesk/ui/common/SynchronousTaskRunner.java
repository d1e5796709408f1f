package dev.livenessdesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs each job at once on the calling thread, so view-model tests are deterministic and need no toolkit. */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle start(Job<T> job) {
        AtomicBoolean cancelled = new AtomicBoolean();
        T value;
        try {
            value = job.work().run(new TaskContext() {
                @Override
                public void updateMessage(String message) {
                    job.message(message);
                }

                @Override
                public void updateProgress(double done, double total) {
                    job.progress(total <= 0 ? -1 : done / total);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        } catch (InterruptedException e) {
            job.cancelled();
            return TaskHandle.DONE;
        } catch (Exception e) {
            job.failed(e);
            return TaskHandle.DONE;
        }
        job.succeeded(value);
        return TaskHandle.DONE;
    }

    @Override
    public void close() {
    }
}
