package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.ReviewCandidate;
import java.util.List;

/**
 * Where the Review tab takes sessions from; blocking, called on a worker. The app reads this computer's history and
 * campaigns and lists the form's bucket prefix.
 */
public interface QueueSources {

    /** The kinds of source a queue can be made from. */
    enum Source { HISTORY, CAMPAIGN, BUCKET }

    /**
     * The reviewable sessions of a source.
     *
     * @param campaign the campaign's name, for {@link Source#CAMPAIGN}
     */
    List<ReviewCandidate> read(Source source, String campaign) throws Exception;

    /** The campaigns this computer knows, by name. */
    List<String> campaigns() throws Exception;

    /** What the bucket source reads now ("s3://bucket/prefix"), or empty when the form has no bucket. */
    String bucketDescription();
}
