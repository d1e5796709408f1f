package dev.livenessdesk.core.erasure;

/** Told after each batch how far a run has got; called on the worker thread. */
@FunctionalInterface
public interface ErasureProgress {

    ErasureProgress NONE = (settled, total, note) -> { };

    /**
     * @param settled versions deleted or kept so far (a resumed run counts what its first part did)
     * @param total   versions in the plan
     * @param note    what is happening now, in words ("Waiting 4 s: S3 asked to slow down")
     */
    void update(long settled, long total, String note);
}
