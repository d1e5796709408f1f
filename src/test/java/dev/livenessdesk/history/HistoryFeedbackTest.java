package dev.livenessdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
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

/** Why a check scored as it did, kept with its result: across restarts, in old files, and in exports. */
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

    private Path file() {
        return folder.resolve(JsonSessionHistory.FILE_NAME);
    }

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

    private JsonSessionHistory checkedWithTwoCodes() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session(), Optional.of("qa"));
        history.updateResult(ID, results("SUCCEEDED", 41.5f, TWO_CODES, "AmplifyUI-React"));
        return history;
    }

    @Test
    void theCodesAndTheClientSurviveARestartInTheServicesOrder() throws Exception {
        checkedWithTwoCodes();

        HistoryEntry reopened = new JsonSessionHistory(file(), CLOCK).list().get(0);

        assertThat(reopened.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED");
        assertThat(reopened.feedbackKinds())
                .containsExactly(FeedbackCode.LOW_LIGHTING_DETECTED, FeedbackCode.FACE_NOT_ALIGNED);
        assertThat(reopened.clientSdk()).hasValue("AmplifyUI-React");
        assertThat(reopened.confidence()).hasValue(41.5f);
        JsonNode stored = JSON.readTree(file().toFile()).path("sessions").get(0);
        assertThat(stored.path("feedbackCodes").toString()).isEqualTo("[\"LOW_LIGHTING_DETECTED\",\"FACE_NOT_ALIGNED\"]");
        assertThat(stored.path("clientSdk").asText()).isEqualTo("AmplifyUI-React");
        assertThat(Files.readString(file())).doesNotContain("Low lighting detected.");
    }

    @Test
    void aFileWrittenBeforeFeedbackExistedStillLoadsAndTakesFeedbackLater() throws Exception {
        Files.writeString(file(), """
                {"version":1,"sessions":[{"sessionId":"%s","createdAt":"2025-03-01T10:15:30Z","profile":"qa",
                 "region":"eu-west-1","bucket":"liveness-out","keyPrefix":"checks/","auditImagesLimit":2,
                 "lastStatus":"SUCCEEDED","confidence":97.25,"lastChecked":"2025-03-01T10:16:00Z"}]}
                """.formatted(ID), StandardCharsets.UTF_8);
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);

        HistoryEntry old = history.list().get(0);
        assertThat(old.feedbackCodes()).isEmpty();
        assertThat(old.clientSdk()).isEmpty();
        assertThat(old.confidence()).hasValue(97.25f);

        history.updateResult(ID, results("SUCCEEDED", 97.25f, List.of(new FeedbackItem("EYES_CLOSED_DETECTED", "")),
                "AmplifyUI-Swift"));
        HistoryEntry updated = new JsonSessionHistory(file(), CLOCK).list().get(0);
        assertThat(updated.feedbackCodes()).containsExactly("EYES_CLOSED_DETECTED");
        assertThat(updated.clientSdk()).hasValue("AmplifyUI-Swift");
        assertThat(updated.profile()).hasValue("qa");
    }

    @Test
    void aCodeNewerThanTheAppIsKeptAsSent() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session(), Optional.empty());

        history.updateResult(ID, results("SUCCEEDED", 20f, List.of(new FeedbackItem("SCREEN_GLARE_DETECTED", "x")),
                null));

        HistoryEntry entry = new JsonSessionHistory(file(), CLOCK).list().get(0);
        assertThat(entry.feedbackCodes()).containsExactly("SCREEN_GLARE_DETECTED");
        assertThat(entry.feedbackKinds()).containsExactly(FeedbackCode.UNKNOWN);
        assertThat(entry.clientSdk()).isEmpty();
    }

    @Test
    void anAnswerWithoutFeedbackBeforeTheEndKeepsWhatWasKnownAndAReusedTokenKeepsItToo() throws Exception {
        JsonSessionHistory history = checkedWithTwoCodes();

        history.updateResult(ID, results("UNDER_REVIEW", null, List.of(), null));
        history.add(session(), Optional.of("qa"));

        HistoryEntry entry = history.list().get(0);
        assertThat(entry.lastStatus()).isEqualTo("UNDER_REVIEW");
        assertThat(entry.feedbackCodes()).containsExactly("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED");
        assertThat(entry.clientSdk()).hasValue("AmplifyUI-React");
    }

    @Test
    void aCsvExportCarriesTheCodesInOneCellAndTheClient() throws Exception {
        JsonSessionHistory history = checkedWithTwoCodes();
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
        JsonSessionHistory history = checkedWithTwoCodes();
        Path target = folder.resolve("export.json");

        history.export(history.list(), HistoryExportFormat.JSON, target);

        JsonNode row = JSON.readTree(target.toFile()).get(0);
        assertThat(row.path("feedbackCodes").toString()).isEqualTo("[\"LOW_LIGHTING_DETECTED\",\"FACE_NOT_ALIGNED\"]");
        assertThat(row.path("clientSdk").asText()).isEqualTo("AmplifyUI-React");
    }
}
