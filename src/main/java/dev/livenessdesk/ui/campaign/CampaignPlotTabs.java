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
    /** A plot squeezed below this loses its axis title and its legend (the folded table under it included). */
    private static final double PLOT_MIN_HEIGHT = 440;

    private final ConfidencePlot confidence = new ConfidencePlot();
    private final SweepPlot sweep = new SweepPlot();
    private final FeedbackPlot feedback = new FeedbackPlot();
    private final PlotWithTable confidenceShown = new PlotWithTable(confidence, confidence.chart(), "confidencePlot");
    private final PlotWithTable sweepShown = new PlotWithTable(sweep, sweep.chart(), "sweepPlot");
    private final PlotWithTable feedbackShown = new PlotWithTable(feedback, feedback, "feedbackPlot");
    private final CampaignMetricsModel metrics;

    CampaignPlotTabs(TabPane views, Tab sessionsTab, Tab confidenceTab, Tab sweepTab, Tab feedbackTab,
                     CampaignMetricsModel metrics) {
        this.metrics = metrics;
        confidenceTab.setContent(confidenceShown);
        sweepTab.setContent(sweepShown);
        feedbackTab.setContent(feedbackShown);
        views.minHeightProperty().bind(Bindings.when(sessionsTab.selectedProperty())
                .then(SESSIONS_MIN_HEIGHT).otherwise(PLOT_MIN_HEIGHT));
        metrics.evaluationProperty().addListener((obs, old, now) -> {
            confidence.show(now);
            feedback.show(now);
            describe();
        });
        metrics.sweepProperty().addListener((obs, old, now) -> {
            sweep.show(now);
            describe();
        });
        metrics.passMarkProperty().addListener((obs, old, now) -> showPassMark(now.intValue()));
        showPassMark(metrics.passMarkProperty().get());
        sweep.show(null);
        describe();
    }

    private void showPassMark(int passMark) {
        confidence.showPassMark(passMark);
        sweep.showPassMark(passMark);
        describe();
    }

    /** The plots in words and as tables, for a screen reader and for anyone who reads numbers better. */
    private void describe() {
        int passMark = metrics.passMarkProperty().get();
        confidenceShown.show(PlotTable.confidence(metrics.evaluationProperty().get(), passMark));
        sweepShown.show(PlotTable.sweep(metrics.sweepProperty().get(), passMark));
        feedbackShown.show(PlotTable.feedback(metrics.evaluationProperty().get()));
    }
}
