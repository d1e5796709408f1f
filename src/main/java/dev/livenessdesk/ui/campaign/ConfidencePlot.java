package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.Scenario;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Confidence per scenario: each scored session a dot in its scenario's column (spread sideways so equal scores
 * stay visible), bona fide green and attacks red, painted on one canvas ({@link DotCanvasChart}), and the pass
 * mark a dashed line across. Moving the pass mark moves only the line.
 */
final class ConfidencePlot extends VBox {

    private static final double SPREAD = 0.6;
    private static final double GOLDEN = 0.6180339887;

    private final NumberAxis scenarioAxis = new NumberAxis(0.5, 1.5, 1);
    private final DotCanvasChart chart;
    private final XYChart.Series<Number, Number> bonaFide = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> attacks = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> passLine = new XYChart.Series<>();
    private final XYChart.Data<Number, Number> passStart = new XYChart.Data<>(0.5, 80);
    private final XYChart.Data<Number, Number> passEnd = new XYChart.Data<>(1.5, 80);
    private final PlotLegend legend = new PlotLegend();
    private List<String> names = List.of();

    ConfidencePlot() {
        NumberAxis confidenceAxis = new NumberAxis(0, 100, 10);
        confidenceAxis.setLabel(CampaignText.get("plot.confidence.y"));
        scenarioAxis.setAutoRanging(false);
        scenarioAxis.setMinorTickVisible(false);
        scenarioAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double position = value.doubleValue();
                int index = (int) Math.round(position) - 1;
                return Math.abs(position - Math.round(position)) < 1e-6 && index >= 0 && index < names.size()
                        ? shorten(names.get(index)) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        chart = new DotCanvasChart(scenarioAxis, confidenceAxis);
        chart.setId("confidencePlot");
        chart.getStyleClass().add("confidence-plot");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(CampaignText.get("plot.confidence.title"));
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        passLine.getData().setAll(List.of(passStart, passEnd));
        chart.getData().setAll(List.of(bonaFide, attacks, passLine));
        chart.paintAsDots(bonaFide, PlotColors.BONA_FIDE);
        chart.paintAsDots(attacks, PlotColors.ATTACK);
        legend.dot(CampaignText.get("plot.bonaFide"), PlotColors.BONA_FIDE);
        legend.dot(CampaignText.get("plot.attack"), PlotColors.ATTACK);
        legend.line(CampaignText.get("plot.passMark"), PlotColors.PASS_MARK, true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().setAll(chart, legend);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /** Redraws every dot; call when the sessions change. */
    void show(CampaignEvaluation evaluation) {
        List<Scenario> scenarios = evaluation == null ? List.of() : evaluation.campaign().scenarios();
        names = scenarios.stream().map(Scenario::name).toList();
        List<XYChart.Data<Number, Number>> live = new ArrayList<>();
        List<XYChart.Data<Number, Number>> attack = new ArrayList<>();
        for (int column = 0; column < scenarios.size(); column++) {
            Scenario scenario = scenarios.get(column);
            float[] scores = evaluation.scores(scenario.name());
            List<XYChart.Data<Number, Number>> target = scenario.isBonaFide() ? live : attack;
            for (int i = 0; i < scores.length; i++) {
                double offset = scores.length == 1 ? 0 : SPREAD * ((i * GOLDEN) % 1.0 - 0.5);
                target.add(new XYChart.Data<>(column + 1 + offset, scores[i]));
            }
        }
        double upper = Math.max(1, scenarios.size()) + 0.5;
        scenarioAxis.setUpperBound(upper);
        passEnd.setXValue(upper);
        bonaFide.getData().setAll(live);
        attacks.getData().setAll(attack);
    }

    /** Moves the pass-mark line only. */
    void showPassMark(int passMark) {
        passStart.setYValue(passMark);
        passEnd.setYValue(passMark);
    }

    private static String shorten(String name) {
        return name.length() <= 16 ? name : name.substring(0, 15) + "\u2026";
    }
}
