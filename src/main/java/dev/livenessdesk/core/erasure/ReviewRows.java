package dev.livenessdesk.core.erasure;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * This computer's review rows of sessions: the labels given here or read from a bucket, and the viewing log's
 * entries (who was shown a session's images). An erasure lists them in its plan and removes them with the history
 * and campaign rows; the reviews shared in the bucket live in the session's record, inside the session folder the
 * erasure deletes. Every method blocks on the disk.
 */
public interface ReviewRows {

    /** Nowhere to look (a desk without a review store). */
    ReviewRows NONE = new ReviewRows() {
        @Override
        public Map<String, Kept> keptOf(Collection<String> sessionIds) {
            return Map.of();
        }

        @Override
        public void remove(Collection<String> sessionIds) {
            // Nothing is kept, so nothing goes.
        }
    };

    /** What this computer keeps of each of these sessions; a session without any row is absent. */
    Map<String, Kept> keptOf(Collection<String> sessionIds) throws IOException;

    /** Removes every review and viewing-log row of these sessions, in one transaction. */
    void remove(Collection<String> sessionIds) throws IOException;

    /** How many reviews and viewing-log entries of one session this computer keeps. */
    record Kept(int reviews, int viewings) {
    }
}
