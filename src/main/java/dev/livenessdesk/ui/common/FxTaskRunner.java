package dev.livenessdesk.ui.common;

import dev.livenessdesk.core.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs jobs as {@link javafx.concurrent.Task}s on a pool of daemon threads; callbacks come on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, DaemonThreads.numbered("liveness-desk-worker"));
    }

    @Override
    public <T> TaskHandle start(Job<T> job) {
        JobTask<T> task = new JobTask<>(job);
        task.messageProperty().addListener((obs, old, message) -> job.message(message));
        task.progressProperty().addListener((obs, old, progress) -> job.progress(progress.doubleValue()));
        task.setOnSucceeded(event -> job.succeeded(task.getValue()));
        task.setOnFailed(event -> {
            LOG.debug("Background job failed", task.getException());
            job.failed(task.getException());
        });
        task.setOnCancelled(event -> job.cancelled());
        executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** A Task whose protected update methods the work reaches through its {@link TaskContext}. */
    private static final class JobTask<T> extends Task<T> implements TaskContext {

        private final Job<T> job;

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            return job.work().run(this);
        }

        @Override
        public void updateMessage(String message) {
            super.updateMessage(message);
        }

        @Override
        public void updateProgress(double done, double total) {
            super.updateProgress(done, total);
        }
    }
}
