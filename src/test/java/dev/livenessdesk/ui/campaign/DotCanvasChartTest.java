package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Each point of a dot series is a dot of its colour where the axes put it, without a node of its own. */
@ExtendWith(ApplicationExtension.class)
class DotCanvasChartTest {

    private NumberAxis xAxis;
    private NumberAxis yAxis;
    private final XYChart.Series<Number, Number> bonaFide = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> attacks = new XYChart.Series<>();
    private DotCanvasChart chart;

    @Start
    void start(Stage stage) {
        xAxis = new NumberAxis(0, 10, 1);
        yAxis = new NumberAxis(0, 100, 10);
        chart = new DotCanvasChart(xAxis, yAxis);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        bonaFide.getData().setAll(List.of(new XYChart.Data<>(2, 80)));
        attacks.getData().setAll(List.of(new XYChart.Data<>(7, 20)));
        chart.getData().setAll(List.of(bonaFide, attacks));
        chart.paintAsDots(bonaFide, PlotColors.BONA_FIDE);
        chart.paintAsDots(attacks, PlotColors.ATTACK);
        // The plot colours come from the theme: here the light palette the report's pictures use.
        chart.getStylesheets().addAll(dev.livenessdesk.ui.common.LightPalette.stylesheet(),
                CampaignPaneView.class.getResource("CampaignPane.css").toExternalForm());
        Scene scene = new Scene(chart, 500, 400);
        scene.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachPointIsADotOfItsSeriesColourAtItsPlace(FxRobot robot) {
        Color[] atBonaFide = new Color[1];
        Color[] atAttack = new Color[1];
        Color[] between = new Color[1];
        robot.interact(() -> {
            WritableImage picture = chart.getScene().snapshot(null);
            atBonaFide[0] = colourAt(picture, 2, 80);
            atAttack[0] = colourAt(picture, 7, 20);
            between[0] = colourAt(picture, 4.5, 50);
        });

        assertThat(atBonaFide[0].getGreen()).as("green dot at (2, 80)").isGreaterThan(atBonaFide[0].getRed() + 0.1);
        assertThat(atAttack[0].getRed()).as("red dot at (7, 20)").isGreaterThan(atAttack[0].getGreen() + 0.2);
        assertThat(between[0].getBrightness()).as("no dot in between").isGreaterThan(0.8);
        assertThat(chart.lookupAll(".chart-line-symbol")).as("no node per dot (the legend's own keys aside)")
                .allMatch(node -> node.getStyleClass().contains("chart-legend-item-symbol"));
        assertThat(bonaFide.getData()).as("the data stays readable").hasSize(1);
    }

    @Test
    void aThemeThatChangesASeriesColourRepaintsItsDots(FxRobot robot) {
        // What the Display menu's switch does: the looked-up colour the dots are painted with changes.
        robot.interact(() -> chart.setStyle("-desk-plot-bona-fide: #0000ff;"));
        robot.interact(() -> { });
        Color[] atBonaFide = new Color[1];
        robot.interact(() -> atBonaFide[0] = colourAt(chart.getScene().snapshot(null), 2, 80));

        assertThat(atBonaFide[0].getBlue()).as("the bona fide dot, blue in the new theme")
                .isGreaterThan(atBonaFide[0].getGreen() + 0.3).isGreaterThan(atBonaFide[0].getRed() + 0.3);
    }

    private Color colourAt(WritableImage picture, double x, double y) {
        Point2D inScene = xAxis.localToScene(xAxis.getDisplayPosition(x), 0);
        double sceneY = yAxis.localToScene(0, yAxis.getDisplayPosition(y)).getY();
        return picture.getPixelReader().getColor((int) Math.round(inScene.getX()), (int) Math.round(sceneY));
    }
}
