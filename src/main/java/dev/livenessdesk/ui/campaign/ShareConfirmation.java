package dev.livenessdesk.ui.campaign;

/** Asks whether campaign records may be written to a bucket; asked once per bucket, the answer is remembered. */
@FunctionalInterface
public interface ShareConfirmation {

    /** True when the user agrees to write the records of campaign sessions into this bucket. */
    boolean shareIn(String bucket);
}
