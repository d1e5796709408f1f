package dev.livenessdesk.core.campaign;

import dev.livenessdesk.core.files.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's sessions as CSV, one session per row, through the one {@link CsvWriter} (what a spreadsheet would
 * run as a formula is neutralised, control characters are shown).
 */
public final class CampaignSessionsCsv {

    private static final List<String> HEADER = List.of("session_id", "campaign", "scenario", "expect", "status",
            "confidence", "feedback", "created_at", "tester", "region", "outcome", "excluded", "note");

    private CampaignSessionsCsv() {
    }

    public static void write(CampaignEvaluation evaluation, List<CampaignSession> sessions, Writer out)
            throws IOException {
        CsvWriter csv = new CsvWriter(out).row(HEADER);
        for (CampaignSession s : sessions) {
            csv.row(List.of(s.sessionId(), s.campaignName(), s.scenarioName(),
                    evaluation.campaign().scenario(s.scenarioName()).map(x -> x.expectation().wireName()).orElse(""),
                    s.rawStatus(), s.confidence().map(c -> Float.toString(c)).orElse(""),
                    String.join(" ", s.feedbackCodes()), s.createdAt().toString(), s.tester(), s.region(),
                    s.outcome().name().toLowerCase(Locale.ROOT), Boolean.toString(s.excluded()), s.note().orElse("")));
        }
        csv.flush();
    }
}
