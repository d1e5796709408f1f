package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.RecordPlace;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * This computer's copy of the reviews: every review given here or read from a bucket, and which of this desk's
 * reviews still wait to be written to their session's record (offline, or the write failed). Every method may block
 * on the disk. Safe from several threads.
 */
public interface ReviewStore {

    /**
     * Keeps reviews (a review already kept stays as it was).
     *
     * @param waiting whether they still have to be written to the record at {@code place}
     */
    void keep(Collection<Review> reviews, RecordPlace place, boolean waiting) throws IOException;

    /** Notes that these reviews are in their records now. */
    void written(Collection<Review.Identity> reviews) throws IOException;

    /** The reviews kept of these sessions. */
    List<Review> reviewsOf(Collection<String> sessionIds) throws IOException;

    /** Every review kept, oldest first. */
    List<Review> all() throws IOException;

    /** The reviews given here that are not in their records yet, oldest first. */
    List<Waiting> waiting() throws IOException;

    /** A review that waits to be written, and where. */
    record Waiting(Review review, RecordPlace place) {
    }
}
