package dev.livenessdesk.ui.common;

/** Work that may block (SDK, file, image decode); it runs off the FX thread and may report progress. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(TaskContext context) throws Exception;
}
