package dev.livenessdesk.ui.common;

/** A submitted job, for cancelling it when the user clicks Cancel or moves on. */
public interface TaskHandle {

    /** Cancels the job (interrupting its thread); its onCancelled runs instead of onSuccess/onFailure. */
    void cancel();

    boolean isDone();

    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
