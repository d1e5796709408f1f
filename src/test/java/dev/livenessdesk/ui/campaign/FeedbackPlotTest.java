package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The feedback plot (in the tab and the HTML report) counts how often feedback came back: its axis says so, in
 * whole numbers, and its series use the Result tab's words (issue 23, items 12 and 15).
 */
@ExtendWith(ApplicationExtension.class)
class FeedbackPlotTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Start
    void start(Stage stage) {
    }

    @Test
    void theAxisCountsInWholeNumbersAndTheSeriesUseTheChipsWords(FxRobot robot) {
        Campaign campaign = new Campaign("Lobby", T0, List.of(new Scenario("bona fide", Expectation.BONA_FIDE)));
        List<CampaignSession> sessions = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            sessions.add(CampaignSession.created(String.format("%08x-4d5e-4f70-8192-a3b4c5d6e7f8", n), T0, "us-east-1",
                    "Lobby", "bona fide", "ana").withResult("SUCCEEDED", Optional.of(40f),
                    n == 0 ? List.of("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED") : List.of("LOW_LIGHTING_DETECTED")));
        }
        AtomicReference<FeedbackPlot> shown = new AtomicReference<>();

        robot.interact(() -> {
            FeedbackPlot plot = new FeedbackPlot();
            plot.show(CampaignEvaluation.of(campaign, sessions));
            shown.set(plot);
        });

        NumberAxis counts = (NumberAxis) shown.get().getYAxis();
        assertThat(counts.getLabel()).isEqualTo("Times seen").doesNotContain("Sessions");
        assertThat(counts.isAutoRanging()).isFalse();
        assertThat(counts.getTickUnit()).isEqualTo(1.0);
        assertThat(counts.getUpperBound()).isEqualTo(4.0);
        assertThat(shown.get().getData()).extracting(XYChart.Series::getName)
                .containsExactlyInAnyOrder("Low lighting", "Face not centred");
    }
}
