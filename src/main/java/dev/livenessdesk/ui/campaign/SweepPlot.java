package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.AttackSpecies;
import dev.livenessdesk.core.campaign.Crossing;
import dev.livenessdesk.core.campaign.PassMarkMetrics;
import dev.livenessdesk.core.campaign.Rate;
import dev.livenessdesk.core.campaign.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * APCER per species, the worst-case APCER and BPCER against the pass mark 0..100, with the pass mark in use as a
 * dashed upright line and the point where BPCER meets the worst APCER marked. Moving the pass mark moves only
 * that line.
 */
final class SweepPlot extends VBox {

    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> passLine = new XYChart.Series<>();
    private final XYChart.Data<Number, Number> passBottom = new XYChart.Data<>(80, 0);
    private final XYChart.Data<Number, Number> passTop = new XYChart.Data<>(80, 100);
    private final PlotLegend legend = new PlotLegend();

    SweepPlot() {
        NumberAxis passMarkAxis = new NumberAxis(0, 100, 10);
        passMarkAxis.setLabel(CampaignText.get("plot.sweep.x"));
        NumberAxis rateAxis = new NumberAxis(0, 100, 10);
        rateAxis.setLabel(CampaignText.get("plot.sweep.y"));
        chart = new LineChart<>(passMarkAxis, rateAxis);
        chart.setId("sweepPlot");
        chart.getStyleClass().add("sweep-plot");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setTitle(CampaignText.get("plot.sweep.title"));
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        passLine.getData().setAll(List.of(passBottom, passTop));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().setAll(chart, legend);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /** Redraws the curves; call when the sessions change. */
    void show(Sweep sweep) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        legend.clear();
        if (sweep != null) {
            PassMarkMetrics first = sweep.at(Sweep.LOWEST);
            if (first.bpcer().filter(Rate::isDefined).isPresent()) {
                all.add(curve(sweep, m -> m.bpcer().orElseThrow().fraction()));
                styles.add(style(PlotColors.BPCER, false));
                legend.line(CampaignText.get("plot.bpcer"), PlotColors.BPCER, false);
            }
            for (AttackSpecies species : first.apcer().keySet()) {
                if (first.apcer().get(species).isDefined()) {
                    all.add(curve(sweep, m -> m.apcer().get(species).fraction()));
                    styles.add(style(PlotColors.of(species), false));
                    legend.line(CampaignText.get("plot.apcer", species.label()), PlotColors.of(species), false);
                }
            }
            if (first.worst().isPresent() && first.apcer().values().stream().filter(Rate::isDefined).count() > 1) {
                all.add(curve(sweep, PassMarkMetrics::worstApcer));
                styles.add(style(PlotColors.WORST, true) + " -fx-stroke-width: 1.5px;");
                legend.line(CampaignText.get("plot.worst"), PlotColors.WORST, true);
            }
            sweep.crossing().ifPresent(crossing -> {
                all.add(crossingPoint(crossing));
                styles.add("-fx-stroke: transparent;");
                legend.dot(CampaignText.get("plot.crossing"), PlotColors.CROSSING);
            });
        }
        all.add(passLine);
        styles.add(style(PlotColors.PASS_MARK, true));
        legend.line(CampaignText.get("plot.passMark"), PlotColors.PASS_MARK, true);
        chart.getData().setAll(all);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).getNode().setStyle(styles.get(i));
        }
    }

    /** Moves the pass-mark line only. */
    void showPassMark(int passMark) {
        passBottom.setXValue(passMark);
        passTop.setXValue(passMark);
    }

    private static XYChart.Series<Number, Number> curve(Sweep sweep, Function<PassMarkMetrics, OptionalDouble> rate) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(sweep.points().size());
        for (PassMarkMetrics metrics : sweep.points()) {
            OptionalDouble value = rate.apply(metrics);
            if (value.isPresent()) {
                points.add(new XYChart.Data<>(metrics.passMark(), value.getAsDouble() * 100));
            }
        }
        series.getData().setAll(points);
        return series;
    }

    private static XYChart.Series<Number, Number> crossingPoint(Crossing crossing) {
        XYChart.Data<Number, Number> point = new XYChart.Data<>(crossing.passMark(), crossing.rate() * 100);
        Circle marker = new Circle(6);
        // Ringed in the plot's background, so it stands apart from the curves it sits on.
        marker.setStyle("-fx-fill: " + PlotColors.CROSSING + "; -fx-stroke: -color-bg-default; -fx-stroke-width: 1.5;");
        marker.setId("crossingMarker");
        point.setNode(marker);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.getData().add(point);
        return series;
    }

    private static String style(String color, boolean dashed) {
        return "-fx-stroke: " + color + "; -fx-stroke-width: 2.5px;" + (dashed ? " -fx-stroke-dash-array: 6 4;" : "");
    }
}
