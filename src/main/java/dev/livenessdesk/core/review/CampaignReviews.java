package dev.livenessdesk.core.review;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.ReviewSection;
import java.util.List;
import java.util.Optional;

/** A campaign's reviews as its report states them: the label figures at the pass mark and the agreement. */
public final class CampaignReviews {

    private CampaignReviews() {
    }

    /** The report's review section; empty when none of the campaign's sessions was reviewed. */
    public static Optional<ReviewSection> section(Campaign campaign, List<CampaignSession> sessions,
                                                  ReviewLedger reviews, int passMark) {
        List<Review> ours = sessions.stream().flatMap(s -> reviews.of(s.sessionId()).stream()).toList();
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        ReviewLedger campaignReviews = ReviewLedger.of(ours);
        int disputed = (int) campaignReviews.sessions().stream().filter(campaignReviews::isDisputed).count();
        return Optional.of(new ReviewSection(
                LabelFigures.ofCampaign(campaign, sessions, campaignReviews, passMark).line(),
                ReviewerAgreement.perPair(campaignReviews).stream().map(ReviewerAgreement::text).toList(),
                ours.size(), disputed));
    }
}
