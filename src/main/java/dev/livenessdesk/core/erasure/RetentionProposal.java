package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.setup.LifecycleRule;

import java.util.List;
import java.util.Objects;

/**
 * A retention rule ready for the user to read: the rule exactly as it will be written, the bucket's rules as they
 * were read (a write refuses if they changed since), and what the merge keeps and replaces. Applying it needs the
 * bucket's name typed back, so a slip of the mouse or the Enter key cannot change a bucket's lifecycle.
 *
 * @param shown the bucket's rules when the proposal was made; empty when it had none
 */
public record RetentionProposal(String bucket, RetentionRule rule, List<LifecycleRule> shown, LifecycleMerge merge) {

    public RetentionProposal {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(rule, "rule");
        shown = List.copyOf(shown);
        Objects.requireNonNull(merge, "merge");
    }

    /** What the user types to apply it: the bucket's name. */
    public String confirmationWords() {
        return bucket;
    }

    /** True when the typed text is the bucket's name, surrounding spaces aside (bucket names are lower case). */
    public boolean confirmedBy(String typed) {
        return typed != null && typed.strip().equals(bucket);
    }
}
