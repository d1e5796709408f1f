package dev.livenessdesk.core.campaign;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's sessions as CSV (RFC 4180, a header row, one session per row). Text a tester typed that a
 * spreadsheet would run as a formula (starting with =, +, - or @) is written with a leading apostrophe.
 */
public final class CampaignSessionsCsv {

    private static final List<String> HEADER = List.of("session_id", "campaign", "scenario", "expect", "status",
            "confidence", "feedback", "created_at", "tester", "region", "outcome", "excluded", "note");

    private CampaignSessionsCsv() {
    }

    public static void write(CampaignEvaluation evaluation, List<CampaignSession> sessions, Writer out)
            throws IOException {
        line(out, HEADER);
        for (CampaignSession s : sessions) {
            line(out, List.of(s.sessionId(), s.campaignName(), s.scenarioName(),
                    evaluation.campaign().scenario(s.scenarioName()).map(x -> x.expectation().wireName()).orElse(""),
                    s.rawStatus(), s.confidence().map(c -> Float.toString(c)).orElse(""),
                    String.join(" ", s.feedbackCodes()), s.createdAt().toString(), s.tester(), s.region(),
                    s.outcome().name().toLowerCase(Locale.ROOT), Boolean.toString(s.excluded()), s.note().orElse("")));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
