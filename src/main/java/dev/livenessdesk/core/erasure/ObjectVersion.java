package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of one object as S3 listed it. An unversioned bucket lists each object once, with the version id
 * {@value #NULL_VERSION}, which S3 accepts back in DeleteObjects.
 *
 * @param deleteMarker true for a delete marker (no bytes, but it hides older versions until it goes too)
 */
public record ObjectVersion(String key, String versionId, long sizeBytes, Instant lastModified,
                            boolean deleteMarker) {

    /** The version id S3 gives objects written while versioning was off. */
    public static final String NULL_VERSION = "null";

    public ObjectVersion {
        Objects.requireNonNull(key, "key");
        versionId = versionId == null || versionId.isEmpty() ? NULL_VERSION : versionId;
        Objects.requireNonNull(lastModified, "lastModified");
    }

    /** Key and version: what a DeleteObjects entry names, and what the journal and the receipt keep. */
    public String identity() {
        return key + "\u0000" + versionId;
    }
}
