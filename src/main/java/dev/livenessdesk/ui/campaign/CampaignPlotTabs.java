package dev.livenessdesk.ui.campaign;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Campaign tab's three plots in their tabs beside the sessions table, redrawn as the metrics change, their
 * pass-mark lines moved as it moves. FX thread only.
 */
final class CampaignPlotTabs {

    /** The sessions table and the row under it (retag, note, exclude) fit a 760 px window whole. */
    private static final double SESSIONS_MIN_HEIGHT = 200;
    /** A plot squeezed below this loses its axis title and its legend: the pane scrolls down instead. */
    private static final double PLOT_MIN_HEIGHT = 360;

    private final ConfidencePlot confidence = new ConfidencePlot();
    private final SweepPlot sweep = new SweepPlot();
    private final FeedbackPlot feedback = new FeedbackPlot();

    CampaignPlotTabs(TabPane views, Tab sessionsTab, Tab confidenceTab, Tab sweepTab, Tab feedbackTab,
                     CampaignMetricsModel metrics) {
        confidenceTab.setContent(confidence);
        sweepTab.setContent(sweep);
        feedbackTab.setContent(feedback);
        views.minHeightProperty().bind(Bindings.when(sessionsTab.selectedProperty())
                .then(SESSIONS_MIN_HEIGHT).otherwise(PLOT_MIN_HEIGHT));
        metrics.evaluationProperty().addListener((obs, old, now) -> {
            confidence.show(now);
            feedback.show(now);
        });
        metrics.sweepProperty().addListener((obs, old, now) -> sweep.show(now));
        metrics.passMarkProperty().addListener((obs, old, now) -> showPassMark(now.intValue()));
        showPassMark(metrics.passMarkProperty().get());
        sweep.show(null);
    }

    private void showPassMark(int passMark) {
        confidence.showPassMark(passMark);
        sweep.showPassMark(passMark);
    }
}
