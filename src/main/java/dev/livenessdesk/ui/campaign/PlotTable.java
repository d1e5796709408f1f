package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignEvaluation;
import dev.livenessdesk.core.campaign.PassMarkMetrics;
import dev.livenessdesk.core.campaign.Rate;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.campaign.Sweep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a plot shows, in words and as a table: the summary a screen reader speaks for the picture (and that is
 * shown under it), and the numbers behind it, row by row, for anyone who prefers a table to a picture.
 *
 * @param summary one or two sentences: what is plotted and what stands out
 */
record PlotTable(String summary, List<String> headers, List<List<String>> rows) {

    /** The pass marks the sweep's table lists: every tenth, as the axis ticks. */
    private static final int SWEEP_STEP = 10;

    static PlotTable confidence(CampaignEvaluation evaluation, int passMark) {
        List<String> headers = List.of(CampaignText.get("plotTable.scenario"), CampaignText.get("plotTable.expects"),
                CampaignText.get("plotTable.scored"), CampaignText.get("plotTable.atOrAbove", passMark),
                CampaignText.get("plotTable.lowest"), CampaignText.get("plotTable.highest"));
        List<List<String>> rows = new ArrayList<>();
        if (evaluation != null) {
            for (Scenario scenario : evaluation.campaign().scenarios()) {
                float[] scores = evaluation.scores(scenario.name()).clone();
                Arrays.sort(scores);
                long passing = 0;
                for (float score : scores) {
                    passing += score >= passMark ? 1 : 0;
                }
                rows.add(List.of(scenario.name(), scenario.expectation().label(), String.valueOf(scores.length),
                        String.valueOf(passing), scores.length == 0 ? "-" : score(scores[0]),
                        scores.length == 0 ? "-" : score(scores[scores.length - 1])));
            }
        }
        String summary = rows.isEmpty() ? CampaignText.get("plotTable.confidence.empty")
                : CampaignText.get("plotTable.confidence.summary", rows.size(), passMark, rows.stream()
                        .map(row -> CampaignText.get("plotTable.confidence.row", row.get(0), row.get(2), row.get(3)))
                        .reduce((one, two) -> one + "; " + two).orElse(""));
        return new PlotTable(summary, headers, rows);
    }

    static PlotTable sweep(Sweep sweep, int passMark) {
        List<String> headers = new ArrayList<>(List.of(CampaignText.get("plot.sweep.x"),
                CampaignText.get("plot.bpcer")));
        List<List<String>> rows = new ArrayList<>();
        if (sweep == null) {
            return new PlotTable(CampaignText.get("plotTable.sweep.empty"), headers, rows);
        }
        PassMarkMetrics first = sweep.at(Sweep.LOWEST);
        first.apcer().keySet().forEach(species -> headers.add(CampaignText.get("plot.apcer", species.label())));
        headers.add(CampaignText.get("plot.worst"));
        for (int mark = Sweep.LOWEST; mark <= Sweep.HIGHEST; mark += SWEEP_STEP) {
            rows.add(sweepRow(sweep.at(mark)));
        }
        PassMarkMetrics now = sweep.at(passMark);
        String crossing = sweep.crossing().map(point -> CampaignText.get("plotTable.sweep.crossing",
                String.format(Locale.ROOT, "%.0f", point.passMark()),
                String.format(Locale.ROOT, "%.1f", point.rate() * 100))).orElse("");
        String summary = CampaignText.get("plotTable.sweep.summary", passMark,
                now.bpcer().map(PlotTable::percent).orElse("-"), percent(now.worstApcer()), crossing);
        return new PlotTable(summary, headers, rows);
    }

    static PlotTable feedback(CampaignEvaluation evaluation) {
        List<String> headers = List.of(CampaignText.get("plotTable.scenario"), CampaignText.get("plotTable.code"),
                CampaignText.get("plot.feedback.y"));
        List<List<String>> rows = new ArrayList<>();
        if (evaluation != null) {
            for (Map.Entry<String, Map<String, Integer>> scenario : evaluation.feedbackCounts().entrySet()) {
                scenario.getValue().forEach((code, count) -> {
                    if (count > 0) {
                        rows.add(List.of(scenario.getKey(), code, String.valueOf(count)));
                    }
                });
            }
        }
        String summary = rows.isEmpty() ? CampaignText.get("plotTable.feedback.empty")
                : CampaignText.get("plotTable.feedback.summary", rows.stream()
                        .map(row -> CampaignText.get("plotTable.feedback.row", row.get(0), row.get(1), row.get(2)))
                        .reduce((one, two) -> one + "; " + two).orElse(""));
        return new PlotTable(summary, headers, rows);
    }

    private static List<String> sweepRow(PassMarkMetrics metrics) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(metrics.passMark()),
                metrics.bpcer().map(PlotTable::percent).orElse("-")));
        metrics.apcer().values().forEach(rate -> row.add(percent(rate)));
        row.add(percent(metrics.worstApcer()));
        return row;
    }

    private static String percent(Rate rate) {
        return rate.isDefined() ? rate.percentText() + " (" + rate.countText() + ")" : "-";
    }

    private static String percent(java.util.OptionalDouble fraction) {
        return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f%%", fraction.getAsDouble() * 100) : "-";
    }

    private static String score(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
