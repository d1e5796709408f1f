package dev.livenessdesk.ui.campaign;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.ui.common.LightPalette;
import dev.livenessdesk.core.campaign.Sweep;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * The report's pictures: the same three plots the tab shows, drawn afresh off screen at a report's size (so a
 * hidden tab or a small window does not matter), grabbed on the FX thread and encoded as PNG off it.
 */
final class PlotPictures {

    static final int WIDTH = 960;
    static final int HEIGHT = 440;

    /** The pixels of one plot, taken on the FX thread; {@link #png()} may run anywhere. */
    record Grab(String title, int width, int height, int[] argb) {

        byte[] png() {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private PlotPictures() {
    }

    /** Draws and grabs the plots; call on the FX thread. */
    static List<Grab> grab(CampaignEvaluation evaluation, Sweep sweep, int passMark) {
        ConfidencePlot confidence = new ConfidencePlot();
        confidence.show(evaluation);
        confidence.showPassMark(passMark);
        SweepPlot rates = new SweepPlot();
        rates.show(sweep);
        rates.showPassMark(passMark);
        FeedbackPlot feedback = new FeedbackPlot();
        feedback.show(evaluation);
        List<Grab> grabs = new ArrayList<>();
        grabs.add(grab(CampaignText.get("plot.confidence.title"), confidence));
        grabs.add(grab(CampaignText.get("plot.sweep.title"), rates));
        if (!evaluation.feedbackCodes().isEmpty()) {
            grabs.add(grab(CampaignText.get("plot.feedback.title"), feedback));
        }
        return grabs;
    }

    private static Grab grab(String title, Parent plot) {
        StackPane frame = new StackPane(plot);
        frame.setStyle("-fx-background-color: -color-bg-default; -fx-padding: 8;");
        // A report is read on paper and in light pages: its pictures take the light palette whatever the window's.
        frame.getStylesheets().addAll(LightPalette.stylesheet(),
                CampaignPaneView.class.getResource("CampaignPane.css").toExternalForm());
        frame.resize(WIDTH, HEIGHT);
        Scene scene = new Scene(frame, WIDTH, HEIGHT, Color.WHITE);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        frame.applyCss();
        frame.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = frame.snapshot(parameters, new WritableImage(WIDTH, HEIGHT));
        int[] argb = new int[WIDTH * HEIGHT];
        image.getPixelReader().getPixels(0, 0, WIDTH, HEIGHT, PixelFormat.getIntArgbInstance(), argb, 0, WIDTH);
        scene.setRoot(new StackPane());
        return new Grab(title, WIDTH, HEIGHT, argb);
    }
}
