package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.ReviewSources;
import java.util.List;

/**
 * Where the Review tab takes sessions from; blocking, called on a worker. The app reads this computer's history and
 * campaigns, lists the form's bucket prefix, and takes the sessions of the window the Activity tab read last.
 */
public interface QueueSources {

    /** The kinds of source a queue can be made from. */
    enum Source { HISTORY, CAMPAIGN, BUCKET, ACTIVITY }

    /**
     * The reviewable sessions of a source, and how many it had that cannot be reviewed, and why.
     *
     * @param campaign the campaign's name, for {@link Source#CAMPAIGN}
     */
    ReviewSources.Found read(Source source, String campaign) throws Exception;

    /** The campaigns this computer knows, by name. */
    List<String> campaigns() throws Exception;

    /**
     * What a source reads now, for the queue's title: "s3://bucket/prefix" for the bucket, the window for the
     * Activity tab's sessions; empty when there is nothing to read yet (or for a source that needs no words).
     */
    String where(Source source);
}
