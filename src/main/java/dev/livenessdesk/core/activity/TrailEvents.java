package dev.livenessdesk.core.activity;

/**
 * The port: where the Face Liveness events of a region's trail come from (CloudTrail's LookupEvents, the sandbox's
 * made-up day). Implementations bound every call, wait out the service's rate limit instead of failing, stop when
 * the thread is interrupted, and never throw once reading began: what was read stays read.
 */
public interface TrailEvents {

    /**
     * Hands every Create, Start and Get-results event of the window to the sink, each call's events newest first.
     *
     * @return how the read ended; a failure before anything was read is a {@link ReadEnd} with nothing read too
     */
    ReadEnd read(ActivityWindow window, TrailEventSink sink, ReadProgress progress);

    /** Where the events come from, for the support text and the status line: "CloudTrail us-east-1". */
    String source();

    /**
     * Whether reads go at CloudTrail's rate limit (LookupEvents). A source that is not (Athena) reports
     * {@code waiting} while its query runs, and its pace means nothing to a person.
     */
    default boolean pacedByCloudTrail() {
        return true;
    }
}
