package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A version that is still there after the erasure, and why: what the receipt lists so a half-done erasure never
 * looks done.
 *
 * @param message the reason in words (the lock's end, the missing permission)
 * @param until   when Object Lock retention ends, when that is why
 */
public record NotDeleted(ObjectVersion version, Reason reason, String message, Optional<Instant> until) {

    /** Why S3 (or the desk) kept a version. */
    public enum Reason {
        /** Object Lock retention: nothing can delete it before the date. */
        RETENTION,
        /** An Object Lock legal hold: it stays until someone removes the hold. */
        LEGAL_HOLD,
        /** The bucket has MFA delete on: version deletes need a hardware token's code. */
        MFA_DELETE,
        /** IAM or the bucket policy refused the delete. */
        ACCESS_DENIED,
        /** S3 kept answering SlowDown after every wait. */
        THROTTLED,
        /** The guard found the key outside the chosen session folders: never sent. */
        OUTSIDE_FOLDERS,
        /** The user stopped the run before this version's batch; a resume deletes it. */
        NOT_ATTEMPTED,
        /** Anything else S3 answered for this key. */
        OTHER
    }

    public NotDeleted {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(reason, "reason");
        message = message == null ? "" : message;
        until = until == null ? Optional.empty() : until;
    }
}
