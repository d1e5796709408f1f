package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.testsupport.CampaignExample;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The confidence plot as the report pictures it (960 x 440): each scenario's dots lie inside its own band, under its
 * label, with a line between the bands and none through the middle of a band (the dots used to straddle the grid
 * line drawn through each label).
 */
@ExtendWith(ApplicationExtension.class)
class ConfidenceBandsTest {

    private ConfidencePlot plot;
    private CampaignEvaluation evaluation;

    @Start
    void start(Stage stage) {
        evaluation = CampaignEvaluation.of(CampaignExample.campaign(), CampaignExample.sessions(60, 7));
        plot = new ConfidencePlot();
        plot.show(evaluation);
        plot.showPassMark(80);
        StackPane frame = new StackPane(plot);
        frame.getStylesheets().add(CampaignPaneView.class.getResource("CampaignPane.css").toExternalForm());
        Scene scene = new Scene(frame, PlotPictures.WIDTH, PlotPictures.HEIGHT, Color.WHITE);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachScenariosDotsLieInItsOwnBandBetweenBandLines(FxRobot robot) {
        NumberAxis x = (NumberAxis) plot.chart().getXAxis();
        NumberAxis y = (NumberAxis) plot.chart().getYAxis();
        List<Scenario> scenarios = evaluation.campaign().scenarios();
        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = plot.getScene().snapshot(null));
        PixelReader pixels = picture[0].getPixelReader();
        double top = y.localToScene(0, y.getDisplayPosition(100)).getY();
        double bottom = y.localToScene(0, y.getDisplayPosition(0)).getY();

        for (int column = 0; column < scenarios.size(); column++) {
            double centre = sceneX(x, column + 1);
            double left = sceneX(x, column + 0.5);
            double right = sceneX(x, column + 1.5);
            String name = scenarios.get(column).name();
            int index = column + 1;
            for (XYChart.Series<Number, Number> series : plot.chart().getData()) {
                series.getData().stream().filter(point -> Math.round(point.getXValue().doubleValue()) == index
                                && series.getData().size() > 2)
                        .forEach(point -> assertThat(sceneX(x, point.getXValue().doubleValue()))
                                .as("a dot of %s", name)
                                .isGreaterThan(left + DotCanvasChart.DOT_DIAMETER / 2)
                                .isLessThan(right - DotCanvasChart.DOT_DIAMETER / 2));
            }
            assertThat(lineShare(pixels, centre, top, bottom)).as("a line through the middle of %s's band", name)
                    .isLessThan(0.15);
            if (column + 1 < scenarios.size()) {
                assertThat(lineShare(pixels, right, top, bottom)).as("the line after %s's band", name)
                        .isGreaterThan(0.3);
            }
        }
    }

    private static double sceneX(NumberAxis x, double value) {
        Point2D at = x.localToScene(x.getDisplayPosition(value), 0);
        return at.getX();
    }

    /** How much of the plot's height is grey line (not background, not a coloured dot) at this column of pixels. */
    private static double lineShare(PixelReader pixels, double sceneX, double top, double bottom) {
        int greys = 0;
        int all = 0;
        for (int row = (int) Math.ceil(top) + 2; row < (int) Math.floor(bottom) - 2; row++) {
            all++;
            boolean grey = false;
            for (int dx = -1; dx <= 1 && !grey; dx++) {
                Color colour = pixels.getColor((int) Math.round(sceneX) + dx, row);
                grey = Math.abs(colour.getRed() - colour.getGreen()) < 0.06
                        && Math.abs(colour.getGreen() - colour.getBlue()) < 0.08 && colour.getBrightness() < 0.9;
            }
            if (grey) {
                greys++;
            }
        }
        return greys / (double) all;
    }
}
