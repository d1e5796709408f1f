package dev.livenessdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a selection of the history as CSV (one row per session, with a header) or as a JSON array; public so the
 * database-backed history exports exactly the same files.
 */
public final class HistoryExporter {

    private final CsvMapper csv;
    private final ObjectMapper json;

    public HistoryExporter() {
        this(JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());
    }

    HistoryExporter(ObjectMapper json) {
        this.json = json;
        // Strict quoting: only values that need quotes get them, so ids and times read plainly.
        this.csv = CsvMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    }

    public void export(List<HistoryEntry> entries, HistoryExportFormat format, Path target) throws IOException {
        List<StoredSession> rows = entries.stream().map(StoredSession::of).toList();
        try (OutputStream out = Files.newOutputStream(target)) {
            switch (format) {
                case CSV -> {
                    CsvSchema schema = csv.schemaFor(StoredSession.class).withHeader();
                    csv.writer(schema).writeValue(out, rows);
                }
                case JSON -> json.writerWithDefaultPrettyPrinter().writeValue(out, rows);
            }
        }
    }
}
