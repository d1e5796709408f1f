package dev.livenessdesk.core.erasure;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One session's folder as listed: every version of every object in it, delete markers included. */
public record SessionObjects(String sessionId, List<ObjectVersion> versions) {

    public SessionObjects {
        Objects.requireNonNull(sessionId, "sessionId");
        versions = List.copyOf(versions);
    }

    /** Distinct keys: what a user calls "files". */
    public long objectCount() {
        return versions.stream().map(ObjectVersion::key).distinct().count();
    }

    public long bytes() {
        return versions.stream().mapToLong(ObjectVersion::sizeBytes).sum();
    }

    /** When the newest thing in the folder was written: a session's age for a purge. */
    public Optional<Instant> newest() {
        return versions.stream().map(ObjectVersion::lastModified).max(Comparator.naturalOrder());
    }
}
