package dev.livenessdesk.core.review;

import dev.livenessdesk.core.WireTime;
import dev.livenessdesk.core.files.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The viewing log as an auditor's CSV: viewer, session, time (whole seconds UTC); cells made safe for spreadsheets. */
public final class ViewingLogCsv {

    private ViewingLogCsv() {
    }

    public static byte[] bytes(List<ViewingLog.Viewing> entries) throws IOException {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row(List.of("viewer", "session_id", "viewed_at"));
        for (ViewingLog.Viewing viewing : entries) {
            csv.row(List.of(viewing.viewer(), viewing.sessionId(), WireTime.of(viewing.at())));
        }
        csv.flush();
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
