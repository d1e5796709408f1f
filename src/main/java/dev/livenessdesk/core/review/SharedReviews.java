package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.List;

/**
 * The reviews the team shares: kept in each session's record in the bucket ({@code liveness-desk-record.json}, the
 * object campaigns write), beside whatever else the record holds. Every method blocks on the network.
 */
public interface SharedReviews {

    /**
     * Adds these reviews of one session to its record, keeping every review already there (a teammate's too, even
     * one written a moment ago by another desk) and every other field; a review already there is not added twice.
     *
     * @throws ServiceException when the record cannot be read or written; nothing was changed then
     */
    void append(RecordPlace place, String sessionId, List<Review> reviews) throws ServiceException;

    /** The reviews in the records under a prefix; reviews that fail the checks are counted, never thrown. */
    ReviewScan readAll(String bucket, String prefix) throws ServiceException;

    /**
     * What a scan of a prefix found.
     *
     * @param refused reviews in the records that failed the checks (unknown label, a hostile name or note)
     */
    record ReviewScan(List<Review> reviews, int refused) {

        public ReviewScan {
            reviews = List.copyOf(reviews);
        }
    }
}
