package dev.livenessdesk.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.verdict.FeedbackAdvice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary for feedback (issue 23, item 12): the HTML report's table says "Poor video" as the Result tab's
 * chip does, with the codes as sent in the cell's title; a code this app does not know reads as sent.
 */
class CampaignFeedbackWordsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Campaign CAMPAIGN = new Campaign("Lobby", T0, List.of(
            new Scenario("bona fide", Expectation.BONA_FIDE)));

    @Test
    void theReportsTableUsesTheChipsWordsWithTheCodesInTheTitle() {
        CampaignSession session = CampaignSession.created("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", T0, "us-east-1",
                "Lobby", "bona fide", "ana").withResult("SUCCEEDED", Optional.of(12f),
                List.of("LOW_VIDEO_QUALITY_DETECTED", "NEW_CODE_2027"));
        List<CampaignSession> sessions = List.of(session);

        String html = CampaignReportHtml.render(new CampaignReport(CampaignEvaluation.of(CAMPAIGN, sessions), sessions,
                80, T0, Map.of(), List.of(), Map.of()));

        assertThat(html).contains("<td title=\"LOW_VIDEO_QUALITY_DETECTED, NEW_CODE_2027\">Poor video, NEW_CODE_2027</td>");
        assertThat(FeedbackAdvice.titles(List.of("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED")))
                .isEqualTo("Low lighting, Face not centred");
    }
}
