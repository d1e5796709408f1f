package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.verdict.FeedbackAdvice;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** How often each feedback code came back, per scenario: one stacked bar per scenario, one colour per code. */
final class FeedbackPlot extends StackedBarChart<String, Number> {

    private final CategoryAxis scenarioAxis;
    private final NumberAxis countAxis;

    FeedbackPlot() {
        super(new CategoryAxis(), new NumberAxis());
        scenarioAxis = (CategoryAxis) getXAxis();
        countAxis = (NumberAxis) getYAxis();
        countAxis.setLabel(CampaignText.get("plot.feedback.y"));
        countAxis.setMinorTickVisible(false);
        // Counts are whole: the axis is set by hand (auto-ranging ignores the tick unit and draws 0.5, 1.5, ...).
        countAxis.setAutoRanging(false);
        countAxis.setLowerBound(0);
        countAxis.setUpperBound(1);
        countAxis.setTickUnit(1);
        setId("feedbackPlot");
        getStyleClass().add("feedback-plot");
        setAnimated(false);
        setTitle(CampaignText.get("plot.feedback.title"));
    }

    /** Redraws the bars; call when the sessions change. */
    void show(CampaignEvaluation evaluation) {
        getData().clear();
        if (evaluation == null) {
            scenarioAxis.getCategories().clear();
            return;
        }
        Map<String, Map<String, Integer>> counts = evaluation.feedbackCounts();
        scenarioAxis.getCategories().setAll(new ArrayList<>(counts.keySet()));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (String code : evaluation.feedbackCodes()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            // The Result tab's words for the code ("Low lighting"); an unknown code reads as sent.
            series.setName(FeedbackAdvice.title(code));
            counts.forEach((scenario, perCode) -> series.getData().add(
                    new XYChart.Data<>(scenario, perCode.getOrDefault(code, 0))));
            all.add(series);
        }
        getData().setAll(all);
        int tallest = counts.values().stream().mapToInt(perCode -> perCode.values().stream()
                .mapToInt(Integer::intValue).sum()).max().orElse(0);
        int unit = Math.max(1, (int) Math.ceil(tallest / 10.0));
        countAxis.setTickUnit(unit);
        countAxis.setUpperBound(Math.max(unit, (int) Math.ceil(tallest / (double) unit) * unit));
    }
}
