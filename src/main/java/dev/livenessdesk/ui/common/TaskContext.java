package dev.livenessdesk.ui.common;

/** What running work may tell the UI, and how it learns that the user cancelled. Safe from any thread. */
public interface TaskContext {

    void updateMessage(String message);

    /** Negative total means "indeterminate". */
    void updateProgress(double done, double total);

    boolean isCancelled();
}
