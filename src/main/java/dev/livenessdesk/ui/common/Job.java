package dev.livenessdesk.ui.common;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A piece of background work and what to do with its outcome. Every callback runs on the FX thread (with the
 * synchronous test runner: on the caller's thread), so callbacks may touch properties freely.
 */
public final class Job<T> {

    private final TaskRunner runner;
    private final BackgroundWork<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<String> onMessage = message -> { };
    private Consumer<Double> onProgress = progress -> { };
    private BooleanSupplier wanted = () -> true;

    Job(TaskRunner runner, BackgroundWork<T> work) {
        this.runner = runner;
        this.work = Objects.requireNonNull(work, "work");
    }

    public Job<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public Job<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public Job<T> onCancelled(Runnable callback) {
        this.onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    public Job<T> onMessage(Consumer<String> callback) {
        this.onMessage = Objects.requireNonNull(callback);
        return this;
    }

    /** Progress from 0 to 1, or -1 when indeterminate. */
    public Job<T> onProgress(Consumer<Double> callback) {
        this.onProgress = Objects.requireNonNull(callback);
        return this;
    }

    /** Drops every callback once the outcome is no longer wanted (see {@link NewestRequest}). */
    Job<T> onlyWhile(BooleanSupplier stillWanted) {
        this.wanted = Objects.requireNonNull(stillWanted);
        return this;
    }

    public TaskHandle start() {
        return runner.start(this);
    }

    public BackgroundWork<T> work() {
        return work;
    }

    public void succeeded(T value) {
        if (wanted.getAsBoolean()) {
            onSuccess.accept(value);
        }
    }

    public void failed(Throwable error) {
        if (wanted.getAsBoolean()) {
            onFailure.accept(error);
        }
    }

    public void cancelled() {
        if (wanted.getAsBoolean()) {
            onCancelled.run();
        }
    }

    public void message(String message) {
        if (wanted.getAsBoolean()) {
            onMessage.accept(message);
        }
    }

    public void progress(double fraction) {
        if (wanted.getAsBoolean()) {
            onProgress.accept(fraction);
        }
    }
}
