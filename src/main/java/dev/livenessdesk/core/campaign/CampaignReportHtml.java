package dev.livenessdesk.core.campaign;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.verdict.FeedbackAdvice;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as one self-contained HTML page: styles inline, plots and (only if asked) reference images as data
 * URIs, so it opens anywhere and can be mailed as one file. Every text from a user or a service is escaped.
 */
public final class CampaignReportHtml {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int[] SWEEP_ROWS = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1d;\
            margin:32px auto;max-width:1040px;padding:0 24px;line-height:1.45}
            h1{font-size:1.7em;margin:0 0 4px}h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid #ddd;\
            padding-bottom:4px}.muted{color:#555}.summary{font-size:1.15em;font-weight:600;background:#f3f6fb;\
            border-left:4px solid #1565c0;padding:10px 14px;margin:16px 0 6px}
            table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border-bottom:1px solid #e3e3e3;\
            padding:5px 8px;text-align:left;vertical-align:top}th{background:#fafafa}td.num,th.num{text-align:right}
            .plots img{max-width:100%;border:1px solid #e3e3e3;margin:8px 0}.excluded{color:#888;font-style:italic}
            .thumb{height:64px}footer{margin-top:32px;font-size:.85em;color:#666}""";

    private CampaignReportHtml() {
    }

    public static String render(CampaignReport report) {
        CampaignEvaluation evaluation = report.evaluation();
        Sweep sweep = evaluation.sweep();
        PassMarkMetrics at = sweep.at(report.passMark());
        String name = evaluation.campaign().name();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(words("report.title", name))).append("</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(words("report.title", name))).append("</h1>\n");
        html.append("<div class=\"muted\">").append(escape(words("report.made", UTC.format(report.madeAt()))))
                .append("</div>\n");
        html.append("<p class=\"summary\" id=\"summary\">").append(escape(CampaignSummary.line(at))).append("</p>\n");
        String notCounted = CampaignSummary.notCounted(evaluation);
        if (!notCounted.isEmpty()) {
            html.append("<p class=\"muted\">").append(escape(notCounted)).append("</p>\n");
        }
        html.append("<p class=\"muted\">").append(escape(CampaignSummary.crossingText(sweep))).append("</p>\n");

        section(html, "report.metrics");
        html.append("<table id=\"metrics\"><tr><th>").append(escape(words("report.col.measure")))
                .append("</th><th class=\"num\">").append(escape(words("report.col.errors")))
                .append("</th><th class=\"num\">").append(escape(words("report.col.rate"))).append("</th></tr>\n");
        at.bpcer().ifPresent(rate -> metricRow(html, words("report.bpcer"), rate));
        for (PassMarkMetrics.SpeciesRate entry : at.apcerPerSpecies()) {
            metricRow(html, words("report.apcer", entry.species().label()), entry.rate());
        }
        at.worst().ifPresent(worst -> metricRow(html, words("report.worst", worst.species().label()), worst.rate()));
        html.append("</table>\n");

        section(html, "report.scenarios");
        html.append("<table id=\"scenarios\"><tr>");
        for (String key : List.of("report.col.scenario", "report.col.expect", "report.col.sessions",
                "report.col.scored", "report.col.notCounted", "report.col.errorsAt")) {
            html.append("<th>").append(escape(words(key, report.passMark()))).append("</th>");
        }
        html.append("</tr>\n");
        for (ScenarioTally tally : evaluation.tallies()) {
            Rate errors = at.scenarioErrors().get(tally.scenario().name());
            html.append("<tr><td>").append(escape(tally.scenario().name())).append("</td><td>")
                    .append(escape(tally.scenario().expectation().label())).append("</td><td class=\"num\">")
                    .append(tally.sessions()).append("</td><td class=\"num\">").append(tally.scored())
                    .append("</td><td class=\"num\">").append(tally.sessions() - tally.scored())
                    .append("</td><td class=\"num\">").append(escape(CampaignSummary.rateText(errors)))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");

        if (!report.plots().isEmpty()) {
            section(html, "report.plots");
            html.append("<div class=\"plots\">\n");
            for (CampaignReport.Picture plot : report.plots()) {
                html.append("<img alt=\"").append(escape(plot.title())).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(plot.png())).append("\">\n");
            }
            html.append("</div>\n");
        }

        section(html, "report.sweep");
        html.append("<table id=\"sweep\"><tr><th class=\"num\">").append(escape(words("report.col.passMark")))
                .append("</th>");
        if (at.bpcer().isPresent()) {
            html.append("<th class=\"num\">BPCER</th>");
        }
        for (AttackSpecies species : at.apcer().keySet()) {
            html.append("<th class=\"num\">").append(escape(words("report.apcer", species.label()))).append("</th>");
        }
        html.append("</tr>\n");
        for (int mark : sweepRows(report.passMark())) {
            PassMarkMetrics point = sweep.at(mark);
            html.append(mark == report.passMark() ? "<tr style=\"font-weight:600\">" : "<tr>")
                    .append("<td class=\"num\">").append(mark).append("</td>");
            point.bpcer().ifPresent(rate -> html.append("<td class=\"num\">").append(percent(rate)).append("</td>"));
            point.apcer().values().forEach(rate -> html.append("<td class=\"num\">").append(percent(rate))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");

        report.review().ifPresent(review -> {
            section(html, "report.review");
            html.append("<p id=\"review\">").append(escape(review.figures())).append("</p>\n");
            html.append("<p class=\"muted\">").append(escape(words("report.review.counts", review.reviews(),
                    review.disputed()))).append("</p>\n<ul id=\"agreement\">");
            review.agreement().forEach(line -> html.append("<li>").append(escape(line)).append("</li>"));
            html.append("</ul>\n");
        });

        section(html, "report.settings");
        html.append("<table id=\"settings\">\n");
        report.settings().forEach((label, value) -> html.append("<tr><th>").append(escape(label)).append("</th><td>")
                .append(escape(value)).append("</td></tr>\n"));
        html.append("</table>\n");

        sessions(html, report);
        html.append("<footer>").append(escape(words("report.footer"))).append(' ')
                .append(escape(words(report.referenceImages().isEmpty() ? "report.noFaces" : "report.withFaces")))
                .append("</footer>\n</body></html>\n");
        return html.toString();
    }

    private static void sessions(StringBuilder html, CampaignReport report) {
        section(html, "report.sessions");
        boolean images = !report.referenceImages().isEmpty();
        html.append("<table id=\"sessions\"><tr>");
        for (String key : List.of("report.col.session", "report.col.scenario", "report.col.status",
                "report.col.confidence", "report.col.feedback", "report.col.time", "report.col.tester",
                "report.col.note")) {
            html.append("<th>").append(escape(words(key))).append("</th>");
        }
        if (images) {
            html.append("<th>").append(escape(words("report.col.reference"))).append("</th>");
        }
        html.append("</tr>\n");
        Map<String, byte[]> pictures = report.referenceImages();
        for (CampaignSession s : report.sessions()) {
            html.append(s.excluded() ? "<tr class=\"excluded\">" : "<tr>")
                    .append("<td><code>").append(escape(s.sessionId())).append("</code></td><td>")
                    .append(escape(s.scenarioName())).append("</td><td>").append(escape(s.rawStatus()))
                    .append("</td><td class=\"num\">")
                    .append(s.confidence().map(c -> String.format(Locale.ROOT, "%.1f", c)).orElse(""))
                    .append("</td><td title=\"").append(escape(String.join(", ", s.feedbackCodes()))).append("\">")
                    .append(escape(FeedbackAdvice.titles(s.feedbackCodes()))).append("</td><td>")
                    .append(escape(UTC.format(s.createdAt()))).append("</td><td>").append(escape(s.tester()))
                    .append("</td><td>").append(escape((s.excluded() ? words("report.excluded") + " " : "")
                            + s.note().orElse(""))).append("</td>");
            if (images) {
                byte[] jpeg = pictures.get(s.sessionId());
                html.append("<td>");
                if (jpeg != null) {
                    html.append("<img class=\"thumb\" alt=\"\" src=\"data:image/jpeg;base64,")
                            .append(Base64.getEncoder().encodeToString(jpeg)).append("\">");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static int[] sweepRows(int passMark) {
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(SWEEP_ROWS), java.util.stream.IntStream.of(passMark))
                .distinct().sorted().toArray();
    }

    private static void section(StringBuilder html, String key) {
        html.append("<h2>").append(escape(words(key))).append("</h2>\n");
    }

    private static void metricRow(StringBuilder html, String label, Rate rate) {
        html.append("<tr><td>").append(escape(label)).append("</td><td class=\"num\">")
                .append(rate.isDefined() ? rate.countText() : escape(words("report.noneScored")))
                .append("</td><td class=\"num\">").append(percent(rate)).append("</td></tr>\n");
    }

    private static String percent(Rate rate) {
        return rate.isDefined() ? rate.percentText() : "\u2013";
    }

    private static String words(String key, Object... args) {
        return CampaignWords.get(key, args);
    }

    /** Escapes text for element content and quoted attributes alike. */
    /** Markup escaped, and control characters and bidi overrides shown ({@link VisibleText}), never acted on. */
    static String escape(String raw) {
        if (raw == null) {
            return "";
        }
        String text = VisibleText.of(raw);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
