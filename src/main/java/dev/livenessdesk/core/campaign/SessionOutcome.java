package dev.livenessdesk.core.campaign;

/** Where a campaign session stands for the metrics. Only {@link #SCORED} sessions count in APCER and BPCER. */
public enum SessionOutcome {
    /** The check ran and the service gave a confidence: accepted or rejected at any pass mark. */
    SCORED,
    /** Created or in progress: may still be scored. */
    IN_FLIGHT,
    /** Nobody started the check within the 3 minutes: no presentation happened. */
    EXPIRED,
    /** Final without a confidence (FAILED without a score, or a status this app does not know). */
    NOT_SCORED,
    /** Taken out by the tester, with a note; never counted. */
    EXCLUDED;

    public String label() {
        return CampaignWords.get("outcome." + name());
    }
}
