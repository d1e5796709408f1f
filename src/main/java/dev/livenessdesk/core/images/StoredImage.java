package dev.livenessdesk.core.images;

import dev.livenessdesk.core.Messages;

import java.time.Instant;
import java.util.Objects;

/**
 * An image object of a session in S3, as a listing found it.
 *
 * @param auditIndex 1..n for audit images in key order, 0 for the others
 */
public record StoredImage(S3Location location, String sessionId, ImageKind kind, int auditIndex, long sizeBytes,
                          Instant lastModified) {

    public StoredImage {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
    }

    /** "Reference", "Audit 2", "Other": what the viewer labels the thumbnail with. */
    public String label() {
        return switch (kind) {
            case REFERENCE -> Messages.get("image.kind.reference");
            case AUDIT -> Messages.get("image.kind.audit", auditIndex);
            case OTHER -> Messages.get("image.kind.other");
        };
    }
}
