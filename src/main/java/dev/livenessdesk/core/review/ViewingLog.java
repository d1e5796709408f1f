package dev.livenessdesk.core.review;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who was shown which session's biometric images on the review screen, and when: kept on this computer for an
 * auditor to export. Entries are only ever added.
 */
public interface ViewingLog {

    void noteViewed(Viewing viewing) throws IOException;

    /** Every entry, oldest first. */
    List<Viewing> entries() throws IOException;

    /** One showing of a session's images to a person. */
    record Viewing(String viewer, String sessionId, Instant at) {

        public Viewing {
            viewer = ReviewText.requireName(viewer);
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(at, "at");
        }
    }
}
