package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.activity.ActivitySummary;
import dev.livenessdesk.core.activity.SupportText;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * The summary above the rows, what a support lead reads first: the figures, failures by reason, by client, and the
 * sessions by hour as bars (with a description of them for a screen reader).
 */
final class SummaryPanel {

    /** Lines per summary list before "... and N more". */
    static final int SUMMARY_LINES = 3;

    private final Label figuresLabel;
    private final Label reasonsLabel;
    private final Label clientsLabel;
    private final StackedBarChart<String, Number> hourChart;
    private final ZoneId zone;

    SummaryPanel(Label figuresLabel, Label reasonsLabel, Label clientsLabel, StackedBarChart<String, Number> hourChart,
                 ZoneId zone) {
        this.figuresLabel = figuresLabel;
        this.reasonsLabel = reasonsLabel;
        this.clientsLabel = clientsLabel;
        this.hourChart = hourChart;
        this.zone = zone;
    }

    void show(ActivitySummary summary) {
        hourChart.getData().clear();
        if (summary == null) {
            hourChart.setAccessibleText(ActivityText.get("chart.empty"));
            figuresLabel.setText(ActivityText.get("summary.none"));
            reasonsLabel.setText("");
            clientsLabel.setText("");
            return;
        }
        figuresLabel.setText(ActivityText.get("summary.figures", summary.sessions(), summary.created(),
                summary.started(), summary.completed(), summary.failed(), summary.neverStarted(), summary.waiting()));
        reasonsLabel.setText(lines(summary.failuresByReason().stream()
                .map(c -> ActivityText.get("summary.line", c.name(), c.count())).toList()));
        clientsLabel.setText(lines(summary.byClient().stream()
                .map(c -> ActivityText.get("summary.clientLine", SupportText.visible(c.client()), c.sessions(),
                        c.failed())).toList()));
        XYChart.Series<String, Number> ok = new XYChart.Series<>();
        ok.setName(ActivityText.get("chart.ok"));
        XYChart.Series<String, Number> failed = new XYChart.Series<>();
        failed.setName(ActivityText.get("chart.failed"));
        // Categories must be unique: within a day "14", the first hour and midnights with their day ("06 00").
        boolean oneDay = summary.byHour().size() <= 25;
        java.time.format.DateTimeFormatter withDay = java.time.format.DateTimeFormatter.ofPattern("dd HH");
        java.time.format.DateTimeFormatter hourOnly = java.time.format.DateTimeFormatter.ofPattern("HH");
        boolean first = true;
        for (ActivitySummary.HourCount count : summary.byHour()) {
            var at = count.hour().atZone(zone);
            String label = (!oneDay || first || at.getHour() == 0 ? withDay : hourOnly).format(at);
            first = false;
            ok.getData().add(new XYChart.Data<>(label, count.sessions() - count.failed()));
            failed.getData().add(new XYChart.Data<>(label, count.failed()));
        }
        hourChart.getData().setAll(List.of(ok, failed));
        // What the bars show, for a screen reader: the chart itself has no text.
        ActivitySummary.HourCount busiest = summary.byHour().stream()
                .max(java.util.Comparator.comparingInt(ActivitySummary.HourCount::sessions)).orElse(null);
        hourChart.setAccessibleText(busiest == null ? ActivityText.get("chart.empty")
                : ActivityText.get("chart.described", summary.byHour().size(),
                        withDay.format(busiest.hour().atZone(zone)) + ":00", busiest.sessions(),
                        summary.failed()));
    }

    private static String lines(List<String> lines) {
        if (lines.isEmpty()) {
            return ActivityText.get("summary.none");
        }
        List<String> shown = lines.size() > SUMMARY_LINES ? lines.subList(0, SUMMARY_LINES) : lines;
        String text = String.join("\n", shown);
        return lines.size() > SUMMARY_LINES ? text + "\n" + ActivityText.get("summary.more",
                lines.size() - SUMMARY_LINES) : text;
    }
}
