package dev.livenessdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
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

/** Why a check scored as it did, kept with its result and carried into the history's exports. */
class HistoryFeedbackTest {

    private static final Instant NOW = Instant.parse("2026-10-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final List<FeedbackItem> TWO_CODES = List.of(
            new FeedbackItem("LOW_LIGHTING_DETECTED", "Low lighting detected."),
            new FeedbackItem("FACE_NOT_ALIGNED", "Face not aligned."));

    @TempDir
    Path folder;

    private static CreatedSession session() {
        return new CreatedSession(ID, NOW.minusSeconds(120), new SessionSettings("us-east-1",
                Optional.of("liveness-out"), "qa/", 4, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static SessionResults results(String status, Float confidence, List<FeedbackItem> feedback,
                                          String client) {
        return new SessionResults(ID, SessionStatus.fromWire(status), status, Optional.ofNullable(confidence),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), feedback, Optional.ofNullable(client));
    }

    private SqliteSessionHistory checkedWithTwoCodes() throws Exception {
        SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), CLOCK);
        history.add(session(), Optional.of("qa"));
        history.updateResult(ID, results("SUCCEEDED", 41.5f, TWO_CODES, "AmplifyUI-React"));
        return history;
    }

    @Test
    void anAnswerWithoutFeedbackBeforeTheEndKeepsWhatWasKnownAndAReusedTokenKeepsItToo() throws Exception {
        SqliteSessionHistory history = checkedWithTwoCodes();

        history.updateResult(ID, results("UNDER_REVIEW", null, List.of(), null));
        history.add(session(), Optional.of("qa"));

        HistoryEntry entry = history.list().get(0);
        assertThat(entry.lastStatus()).isEqualTo("UNDER_REVIEW");
        assertThat(entry.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED");
        assertThat(entry.clientSdk()).hasValue("AmplifyUI-React");
    }

    @Test
    void aCsvExportCarriesTheCodesInOneCellAndTheClient() throws Exception {
        SqliteSessionHistory history = checkedWithTwoCodes();
        Path target = folder.resolve("export.csv");

        history.export(history.list(), HistoryExportFormat.CSV, target);

        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly(
                "sessionId,createdAt,profile,region,bucket,keyPrefix,auditImagesLimit,lastStatus,confidence,"
                        + "lastChecked,feedbackCodes,clientSdk",
                ID + ",2026-10-01T08:58:00Z,qa,us-east-1,liveness-out,qa/,4,SUCCEEDED,41.5,2026-10-01T09:00:00Z,"
                        + "\"LOW_LIGHTING_DETECTED;FACE_NOT_ALIGNED\",AmplifyUI-React");
    }

    @Test
    void aJsonExportCarriesTheCodesAsAListAndTheClient() throws Exception {
        SqliteSessionHistory history = checkedWithTwoCodes();
        Path target = folder.resolve("export.json");

        history.export(history.list(), HistoryExportFormat.JSON, target);

        JsonNode row = JSON.readTree(target.toFile()).get(0);
        assertThat(row.path("feedbackCodes").toString()).isEqualTo("[\"LOW_LIGHTING_DETECTED\",\"FACE_NOT_ALIGNED\"]");
        assertThat(row.path("clientSdk").asText()).isEqualTo("AmplifyUI-React");
    }
}
