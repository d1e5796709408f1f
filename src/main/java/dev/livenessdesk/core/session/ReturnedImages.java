package dev.livenessdesk.core.session;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The images a check gave back, against what its session asked for. Audit images are best effort (a short check
 * gives fewer than requested, which is normal, not an error); a finished check without a reference image should be
 * done again.
 *
 * @param auditReceived  how many audit images came back
 * @param auditRequested the session's AuditImagesLimit; empty when unknown (a session created elsewhere)
 * @param referenceMissing the check SUCCEEDED yet no reference image came back
 */
public record ReturnedImages(int auditReceived, OptionalInt auditRequested, boolean referenceMissing) {

    public ReturnedImages {
        Objects.requireNonNull(auditRequested, "auditRequested");
        if (auditReceived < 0) {
            throw new IllegalArgumentException("auditReceived < 0");
        }
    }

    /** What these results returned for a session that asked for {@code requested} audit images, when known. */
    public static ReturnedImages of(SessionResults results, OptionalInt requested) {
        boolean checkRan = results.status() == SessionStatus.SUCCEEDED;
        return new ReturnedImages(results.auditImages().size(), requested,
                checkRan && results.referenceImage().isEmpty());
    }

    /** True when fewer audit images came back than were asked for. */
    public boolean fewerAuditsThanRequested() {
        return auditRequested.isPresent() && auditReceived < auditRequested.getAsInt();
    }
}
