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
    private static final int LINE = 13;
    /** Past this many scenarios even two-line labels collide: they stand upright instead. */
    private static final int SIDE_BY_SIDE = 7;

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
                        ? label(names.get(index)) : "";
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
        chart.separateBands();
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
        scenarioAxis.setTickLabelRotation(scenarios.size() > SIDE_BY_SIDE ? 90 : 0);
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

    /**
     * A scenario's name as its column's label: on two lines of at most {@value #LINE} characters, broken between
     * words, so six scenarios read whole side by side at the app's default width (one line of 16 overlapped its
     * neighbour); a longer name ends in an ellipsis, the table has it whole.
     */
    static String label(String name) {
        List<String> lines = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            int last = lines.size() - 1;
            if (last >= 0 && lines.get(last).length() + 1 + word.length() <= LINE) {
                lines.set(last, lines.get(last) + " " + word);
            } else {
                lines.add(word);
            }
        }
        boolean more = lines.size() > 2;
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(2, lines.size())));
        for (int i = 0; i < shown.size(); i++) {
            boolean lastShown = i == shown.size() - 1;
            shown.set(i, fit(shown.get(i), lastShown && more));
        }
        return String.join("\n", shown);
    }

    /** A line of at most {@value #LINE} characters, ending in an ellipsis when cut or when words follow. */
    private static String fit(String line, boolean wordsFollow) {
        if (line.length() <= LINE && !wordsFollow) {
            return line;
        }
        return line.substring(0, Math.min(line.length(), LINE - 1)) + "\u2026";
    }
}
