package dev.livenessdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.livenessdesk.core.files.CsvWriter;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.json.PrettyJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a selection of the history as CSV (one row per session, with a header) or as a JSON array; public so the
 * database-backed history exports exactly the same files.
 */
public final class HistoryExporter {

    /** The JSON names, in the JSON's order: a CSV and a JSON export of the same rows read alike. */
    private static final List<String> CSV_HEADER = List.of("sessionId", "createdAt", "profile", "region", "bucket",
            "keyPrefix", "auditImagesLimit", "lastStatus", "confidence", "lastChecked", "feedbackCodes", "clientSdk");

    private final ObjectMapper json;

    public HistoryExporter() {
        this(JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    }

    HistoryExporter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Through the one CSV writer: the client's own user agent (unverified, sent by the person's device), the
     * profile and the feedback codes can hold anything, and a spreadsheet must not run them.
     */
    private static void writeCsv(List<StoredSession> rows, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(text).row(CSV_HEADER);
        for (StoredSession row : rows) {
            csv.row(Arrays.asList(row.sessionId(), text(row.createdAt()), row.profile(), row.region(), row.bucket(),
                    row.keyPrefix(), text(row.auditImagesLimit()), row.lastStatus(), text(row.confidence()),
                    text(row.lastChecked()), row.feedbackCodes() == null ? null : String.join(";", row.feedbackCodes()),
                    row.clientSdk()));
        }
        csv.flush();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public void export(List<HistoryEntry> entries, HistoryExportFormat format, Path target) throws IOException {
        List<StoredSession> rows = entries.stream().map(StoredSession::of).toList();
        try (OutputStream out = Files.newOutputStream(target)) {
            switch (format) {
                case CSV -> writeCsv(rows, out);
                case JSON -> PrettyJson.writer(json).writeValue(out, rows);
            }
        }
    }
}
