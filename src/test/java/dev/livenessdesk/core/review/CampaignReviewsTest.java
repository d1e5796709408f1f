package dev.livenessdesk.core.review;

import static dev.livenessdesk.core.review.ReviewFixtures.T0;
import static dev.livenessdesk.core.review.ReviewFixtures.id;
import static dev.livenessdesk.core.review.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.CampaignReport;
import dev.livenessdesk.core.campaign.CampaignReportHtml;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The HTML report's review section: the label figures beside the numbers, the agreement, every name escaped. */
class CampaignReviewsTest {

    private static final Campaign CAMPAIGN = new Campaign("Lobby", T0, List.of(
            new Scenario("bona fide", Expectation.BONA_FIDE),
            new Scenario("photo", Expectation.attack(AttackSpecies.PRINTED_PHOTO))));

    private static CampaignSession scored(int n, String scenario, float confidence) {
        return CampaignSession.created(id(n), T0.plusSeconds(n), "us-east-1", "Lobby", scenario, "ana")
                .withResult("SUCCEEDED", Optional.of(confidence), List.of());
    }

    @Test
    void theReportGainsAReviewSectionWithTheLabelFiguresAndTheAgreementEscaped() {
        List<CampaignSession> sessions = List.of(scored(1, "bona fide", 95), scored(2, "bona fide", 40),
                scored(3, "photo", 90));
        ReviewLedger reviews = ReviewLedger.of(List.of(review(1, "<b>ana</b>", ReviewLabel.LIVE),
                review(1, "ben", ReviewLabel.LIVE), review(2, "<b>ana</b>", ReviewLabel.LIVE),
                review(3, "<b>ana</b>", ReviewLabel.PRINTED_PHOTO), review(3, "ben", ReviewLabel.MASK),
                review(99, "ben", ReviewLabel.MASK)));

        CampaignReport report = new CampaignReport(CampaignEvaluation.of(CAMPAIGN, sessions), sessions, 80, T0,
                Map.of(), List.of(), Map.of(), CampaignReviews.section(CAMPAIGN, sessions, reviews, 80));
        String html = CampaignReportHtml.render(report);

        assertThat(html).contains("<h2>What the reviewers&#39; labels say</h2>").contains("<p id=\"review\">"
                + "Reviewers&#39; labels (2 sessions) at pass mark 80: accepted but labelled an attack 0,"
                + " rejected but labelled live 1; with the labels as truth BPCER 1/2 (50%). Not counted: 1 disputed,"
                + " 0 cannot tell, 0 not reviewed.</p>")
                .contains("5 reviews; reviewers disagree on 1 sessions.")
                .contains("<li>&lt;b&gt;ana&lt;/b&gt; and ben: kappa 0.33 over 2 sessions (1 agree)</li>")
                .doesNotContain("<b>ana");
    }

    @Test
    void aCampaignNobodyReviewedHasNoSection() {
        List<CampaignSession> sessions = List.of(scored(1, "bona fide", 95));

        assertThat(CampaignReviews.section(CAMPAIGN, sessions, ReviewLedger.of(List.of()), 80)).isEmpty();
        assertThat(CampaignReportHtml.render(new CampaignReport(CampaignEvaluation.of(CAMPAIGN, sessions), sessions,
                80, T0, Map.of(), List.of(), Map.of()))).doesNotContain("reviewers");
    }
}
