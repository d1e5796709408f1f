package dev.livenessdesk.core.erasure;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run's journal on this computer's disk: the plan is written before anything is deleted, each batch is marked
 * before it is sent and settled after S3 answered, so a run stopped by a crash or a closed window resumes without
 * sending a version twice. Every method blocks on the disk; each is one transaction.
 */
public interface ErasureJournal {

    /** Keeps the plan with every version as still to do; returns the run's id. */
    String begin(ErasurePlan plan, Instant at) throws IOException;

    /** Marks a batch as sent: if the desk dies before {@link #settle}, a resume asks S3 what is still there. */
    void sending(String runId, List<ObjectVersion> batch) throws IOException;

    /** What S3 answered for a batch (or what the guard or a resume decided). */
    void settle(String runId, List<ObjectVersion> deleted, List<NotDeleted> kept) throws IOException;

    /** Puts versions found still in the bucket after an interrupted batch back among those to do. */
    void requeue(String runId, List<ObjectVersion> versions) throws IOException;

    /** Closes the run with its receipt; a closed run is never resumed. */
    void finish(String runId, ErasureReceipt receipt) throws IOException;

    /** Runs begun and not finished, oldest first. */
    List<JournalRun> unfinished() throws IOException;

    /** One run as the journal has it now. */
    Optional<JournalRun> run(String runId) throws IOException;

    /** The receipts of finished runs as their documents ({@link ErasureReceipt#document()}), newest first. */
    List<Map<String, Object>> receipts() throws IOException;
}
