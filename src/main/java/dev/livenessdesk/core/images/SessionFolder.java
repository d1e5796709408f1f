package dev.livenessdesk.core.images;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A session found under a prefix in S3: the folder whose path segment is the session id.
 *
 * @param folderPrefix the full key prefix of the session's objects, ending in '/'
 * @param lastModified the newest object time when known (a delimiter listing does not give it)
 */
public record SessionFolder(String bucket, String sessionId, String folderPrefix, Optional<Instant> lastModified) {

    public SessionFolder {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(folderPrefix, "folderPrefix");
        lastModified = lastModified == null ? Optional.empty() : lastModified;
    }
}
