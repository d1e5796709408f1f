package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewSources;
import java.util.List;

/** Every source gives the same sessions, none left out: the Review tab's tests and its benchmark. */
public final class FixedQueueSources implements QueueSources {

    private final List<ReviewCandidate> sessions;

    public FixedQueueSources(List<ReviewCandidate> sessions) {
        this.sessions = sessions;
    }

    @Override
    public ReviewSources.Found read(Source source, String campaign) {
        return ReviewSources.Found.all(sessions);
    }

    @Override
    public List<String> campaigns() {
        return List.of();
    }

    @Override
    public String where(Source source) {
        return "";
    }
}
