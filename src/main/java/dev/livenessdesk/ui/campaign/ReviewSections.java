package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.ReviewSection;
import java.util.Optional;

/** What the reviewers' labels say of a campaign, for its report; blocking (it reads the records), on a worker. */
@FunctionalInterface
public interface ReviewSections {

    /** No review section: a report without one. */
    ReviewSections NONE = (campaign, sessions, passMark) -> Optional.empty();

    Optional<ReviewSection> of(Campaign campaign, java.util.List<CampaignSession> sessions, int passMark)
            throws Exception;
}
