package dev.livenessdesk.ui.campaign;

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

    FeedbackPlot() {
        super(new CategoryAxis(), new NumberAxis());
        scenarioAxis = (CategoryAxis) getXAxis();
        NumberAxis countAxis = (NumberAxis) getYAxis();
        countAxis.setLabel(CampaignText.get("plot.feedback.y"));
        countAxis.setMinorTickVisible(false);
        countAxis.setTickUnit(1);
        setId("feedbackPlot");
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
            series.setName(code);
            counts.forEach((scenario, perCode) -> series.getData().add(
                    new XYChart.Data<>(scenario, perCode.getOrDefault(code, 0))));
            all.add(series);
        }
        getData().setAll(all);
    }
}
