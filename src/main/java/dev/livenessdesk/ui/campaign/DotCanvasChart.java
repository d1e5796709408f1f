package dev.livenessdesk.ui.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;

/**
 * A line chart whose dot series are painted on one canvas instead of one symbol node per dot. A campaign of
 * 5,000 sessions as symbol nodes means 5,000 styled regions to lay out on every open and every pass-mark move
 * (bench/campaign-tab); painted, the same dots cost one node and a few milliseconds. The series keep their data,
 * so what is plotted can still be read from the chart; only their drawing changes. Lines (the pass mark) are
 * drawn by the chart as usual.
 */
final class DotCanvasChart extends LineChart<Number, Number> {

    static final double DOT_DIAMETER = 7;
    private static final double DOT_OPACITY = 0.75;

    /** The band lines' grey, as AtlantaFX's light grid lines. */
    static final Color BAND_LINE = Color.web("#b0b7bf");

    private final Canvas dots = new Canvas();
    /** The band lines on a canvas of their own, under the dots: decoration, like the grid lines they replace. */
    private final Canvas bandLines = new Canvas();
    private boolean bands;
    private final Map<XYChart.Series<Number, Number>, Circle> dotSeries = new LinkedHashMap<>();

    DotCanvasChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        setCreateSymbols(false);
        dots.setMouseTransparent(true);
        bandLines.setMouseTransparent(true);
        bandLines.getStyleClass().add("plot-decoration");
        getPlotChildren().addAll(bandLines, dots);
    }

    /**
     * Draws a line between categories (at every half position, x = 1.5, 2.5, ...) in place of the grid lines
     * through their middles: each category's dots then sit inside their own band, under their label.
     */
    void separateBands() {
        bands = true;
        setVerticalGridLinesVisible(false);
        requestLayout();
    }

    /**
     * Paints this series' points as dots of this colour (a looked-up colour of the theme, {@link PlotColors}), and
     * not as a line; they are painted again when the theme changes the colour.
     */
    void paintAsDots(XYChart.Series<Number, Number> series, String colour) {
        // The canvas cannot resolve a looked-up colour: a shape of no size styled with it can, and says when the
        // theme changes it.
        Circle probe = new Circle(0);
        probe.setManaged(false);
        probe.setMouseTransparent(true);
        probe.setStyle("-fx-fill: " + colour + ";");
        probe.fillProperty().addListener((obs, old, now) -> requestChartLayout());
        getPlotChildren().add(probe);
        dotSeries.put(series, probe);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double width = x.getWidth();
        double height = y.getHeight();
        dots.setWidth(width);
        dots.setHeight(height);
        bandLines.setWidth(width);
        bandLines.setHeight(height);
        GraphicsContext lines = bandLines.getGraphicsContext2D();
        lines.clearRect(0, 0, width, height);
        GraphicsContext paint = dots.getGraphicsContext2D();
        paint.clearRect(0, 0, width, height);
        if (bands) {
            drawBandLines(lines, x, height);
        }
        double radius = DOT_DIAMETER / 2;
        dotSeries.forEach((series, probe) -> {
            if (series.getNode() instanceof Path line) {
                line.getElements().clear();
            }
            Color colour = probe.getFill() instanceof Color styled ? styled : Color.GRAY;
            paint.setFill(colour.deriveColor(0, 1, 1, DOT_OPACITY));
            for (XYChart.Data<Number, Number> point : series.getData()) {
                double px = x.getDisplayPosition(point.getXValue());
                double py = y.getDisplayPosition(point.getYValue());
                paint.fillOval(px - radius, py - radius, DOT_DIAMETER, DOT_DIAMETER);
            }
        });
        bandLines.toFront();
        dots.toFront();
    }

    private static void drawBandLines(GraphicsContext paint, NumberAxis x, double height) {
        paint.setStroke(BAND_LINE);
        paint.setLineWidth(1);
        paint.setLineDashes(4, 4);
        for (double between = Math.floor(x.getLowerBound() - 0.5) + 1.5; between < x.getUpperBound(); between += 1) {
            if (between > x.getLowerBound()) {
                double at = Math.round(x.getDisplayPosition(between)) + 0.5;
                paint.strokeLine(at, 0, at, height);
            }
        }
        paint.setLineDashes();
    }
}
