package dev.livenessdesk.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file as a user relies on it: kept between runs, never half-written, never losing a session. */
class JsonSessionHistoryTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("data").resolve(JsonSessionHistory.FILE_NAME);
    }

    private static CreatedSession session(String id, Instant createdAt, String bucket) {
        return new CreatedSession(id, createdAt, new SessionSettings("eu-west-1", Optional.ofNullable(bucket),
                bucket == null ? "" : "checks/", 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static SessionResults results(String id, String status, Float confidence) {
        return new SessionResults(id, SessionStatus.fromWire(status), status, Optional.ofNullable(confidence),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    @Test
    void sessionsAndTheirLastResultsSurviveARestart() throws Exception {
        String first = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        String second = "1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809";
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session(first, NOW.minusSeconds(60), "liveness-out"), Optional.of("qa"));
        history.add(session(second, NOW, null), Optional.empty());
        history.updateResult(first, results(first, "SUCCEEDED", 97.25f));

        List<HistoryEntry> reopened = new JsonSessionHistory(file(), CLOCK).list();

        assertThat(reopened).extracting(HistoryEntry::sessionId).containsExactly(second, first);
        HistoryEntry checked = reopened.get(1);
        assertThat(checked.profile()).hasValue("qa");
        assertThat(checked.region()).isEqualTo("eu-west-1");
        assertThat(checked.outputLocation()).isEqualTo("liveness-out/checks/");
        assertThat(checked.auditImagesLimit()).isEqualTo(2);
        assertThat(checked.createdAt()).isEqualTo(NOW.minusSeconds(60));
        assertThat(checked.lastStatus()).isEqualTo("SUCCEEDED");
        assertThat(checked.confidence()).hasValue(97.25f);
        assertThat(checked.lastChecked()).hasValue(NOW);
        HistoryEntry fresh = reopened.get(0);
        assertThat(fresh.profile()).isEmpty();
        assertThat(fresh.bucket()).isEmpty();
        assertThat(fresh.lastStatus()).isEqualTo("CREATED");
        assertThat(fresh.lastChecked()).isEmpty();
    }

    @Test
    void theFileIsReadableJsonWithIsoTimes() throws Exception {
        String id = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        new JsonSessionHistory(file(), CLOCK).add(session(id, NOW, "liveness-out"), Optional.of("qa"));

        JsonNode written = JSON.readTree(file().toFile());

        assertThat(written.path("version").asInt()).isEqualTo(1);
        assertThat(written.path("sessions").get(0).path("sessionId").asText()).isEqualTo(id);
        assertThat(written.path("sessions").get(0).path("createdAt").asText()).isEqualTo("2025-03-01T10:15:30Z");
    }

    @Test
    void anUnknownStatusIsKeptAsSentAndAnEarlierConfidenceStays() throws Exception {
        String id = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session(id, NOW, null), Optional.empty());
        history.updateResult(id, results(id, "SUCCEEDED", 88.0f));

        Optional<HistoryEntry> updated = history.updateResult(id, results(id, "UNDER_REVIEW", null));

        assertThat(updated).hasValueSatisfying(entry -> {
            assertThat(entry.lastStatus()).isEqualTo("UNDER_REVIEW");
            assertThat(entry.status()).isEqualTo(SessionStatus.UNKNOWN);
            assertThat(entry.confidence()).hasValue(88.0f);
        });
        assertThat(new JsonSessionHistory(file(), CLOCK).list().get(0).lastStatus()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void resultsOfASessionNotCreatedHereAreNotAdded() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        String stranger = "9f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

        assertThat(history.updateResult(stranger, results(stranger, "SUCCEEDED", 99f))).isEmpty();
        assertThat(history.list()).isEmpty();
    }

    @Test
    void addingTheSameSessionAgainKeepsOneEntryAndItsStatus() throws Exception {
        String id = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session(id, NOW, null), Optional.empty());
        history.updateResult(id, results(id, "IN_PROGRESS", null));

        history.add(session(id, NOW, null), Optional.empty());

        assertThat(history.list()).singleElement()
                .satisfies(entry -> assertThat(entry.lastStatus()).isEqualTo("IN_PROGRESS"));
    }

    @Test
    void removeForgetsOnlyTheChosenSessions() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        List<String> ids = Stream.generate(() -> UUID.randomUUID().toString()).limit(3).toList();
        for (String id : ids) {
            history.add(session(id, NOW, null), Optional.empty());
        }

        history.remove(List.of(ids.get(0), ids.get(2)));

        assertThat(new JsonSessionHistory(file(), CLOCK).list()).extracting(HistoryEntry::sessionId)
                .containsExactly(ids.get(1));
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesTheOldFileWholeAndNoTemporaryBehind() throws Exception {
        String kept = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        new JsonSessionHistory(file(), CLOCK).add(session(kept, NOW, null), Optional.of("qa"));
        byte[] before = Files.readAllBytes(file());
        List<String> temporaryContents = new ArrayList<>();
        JsonSessionHistory crashing = new JsonSessionHistory(file(), CLOCK, (temporary, target) -> {
            temporaryContents.add(Files.readString(temporary));
            throw new IOException("power cut before the rename");
        });

        assertThatThrownBy(() -> crashing.add(session(UUID.randomUUID().toString(), NOW, null), Optional.empty()))
                .isInstanceOf(IOException.class);

        assertThat(temporaryContents).singleElement().asString().contains("\"sessions\"");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(new JsonSessionHistory(file(), CLOCK).list()).extracting(HistoryEntry::sessionId)
                .containsExactly(kept);
        try (Stream<Path> left = Files.list(file().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("history.json", "history.json.lock");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledAppDoesNotDisturbTheHistory() throws Exception {
        String kept = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        new JsonSessionHistory(file(), CLOCK).add(session(kept, NOW, null), Optional.empty());
        Files.writeString(file().resolveSibling("history.json.12345.tmp"), "{\"version\":1,\"sessions\":[{\"sess");

        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.add(session("1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809", NOW.plusSeconds(1), null), Optional.empty());

        assertThat(history.list()).hasSize(2);
        assertThat(history.damagedFileNotice()).isEmpty();
    }

    @Test
    void aDamagedFileIsMovedAsideWithAMessageAndANewHistoryStarts() throws Exception {
        Files.createDirectories(file().getParent());
        String damaged = "{\"version\":1,\"sessions\":[{\"sessionId\":\"0f3c1a2b-4d5e";
        Files.writeString(file(), damaged);
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);

        assertThat(history.list()).isEmpty();
        history.add(session("1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809", NOW, null), Optional.empty());

        Path aside = file().resolveSibling("history.json.corrupt-20250301T101530Z");
        assertThat(aside).hasContent(damaged);
        assertThat(history.damagedFileNotice()).hasValue("Your history file was damaged; it was kept as "
                + aside + " and a new one started.");
        assertThat(new JsonSessionHistory(file(), CLOCK).list()).hasSize(1);
    }

    @Test
    void aSecondDamagedFileInTheSameSecondDoesNotOverwriteTheFirst() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "not json");
        new JsonSessionHistory(file(), CLOCK).list();
        Files.writeString(file(), "[also not");

        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        history.list();

        assertThat(file().resolveSibling("history.json.corrupt-20250301T101530Z")).hasContent("not json");
        assertThat(file().resolveSibling("history.json.corrupt-20250301T101530Z-2")).hasContent("[also not");
        assertThat(history.damagedFileNotice()).hasValueSatisfying(
                notice -> assertThat(notice).contains("corrupt-20250301T101530Z-2"));
    }

    @Test
    void twoAppsWritingAtOnceLoseNoSession() throws Exception {
        JsonSessionHistory firstApp = new JsonSessionHistory(file(), Clock.systemUTC());
        JsonSessionHistory secondApp = new JsonSessionHistory(file(), Clock.systemUTC());
        int perThread = 15;
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> added = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                JsonSessionHistory app = t % 2 == 0 ? firstApp : secondApp;
                Callable<List<String>> writer = () -> {
                    go.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String id = UUID.randomUUID().toString();
                        app.add(session(id, Instant.now(), "liveness-out"), Optional.empty());
                        app.updateResult(id, results(id, "IN_PROGRESS", null));
                        ids.add(id);
                    }
                    return ids;
                };
                added.add(pool.submit(writer));
            }
            go.countDown();
            List<String> expected = new ArrayList<>();
            for (Future<List<String>> ids : added) {
                expected.addAll(ids.get());
            }

            List<HistoryEntry> kept = new JsonSessionHistory(file(), CLOCK).list();

            assertThat(kept).extracting(HistoryEntry::sessionId).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(kept).extracting(HistoryEntry::lastStatus).containsOnly("IN_PROGRESS");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSelectionExportsAsCsvWithAHeader() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        String id = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        history.add(session(id, NOW, "liveness-out"), Optional.of("qa, team"));
        history.updateResult(id, results(id, "SUCCEEDED", 91.5f));
        history.add(session("1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809", NOW, null), Optional.empty());
        Path target = folder.resolve("export.csv");

        history.export(history.list().stream().filter(e -> e.sessionId().equals(id)).toList(),
                HistoryExportFormat.CSV, target);

        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).containsExactly(
                "sessionId,createdAt,profile,region,bucket,keyPrefix,auditImagesLimit,lastStatus,confidence,"
                        + "lastChecked,feedbackCodes,clientSdk",
                id + ",2025-03-01T10:15:30Z,\"qa, team\",eu-west-1,liveness-out,checks/,2,SUCCEEDED,91.5,"
                        + "2025-03-01T10:15:30Z,,");
    }

    @Test
    void aSelectionExportsAsAJsonArray() throws Exception {
        JsonSessionHistory history = new JsonSessionHistory(file(), CLOCK);
        String id = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
        history.add(session(id, NOW, null), Optional.empty());
        Path target = folder.resolve("export.json");

        history.export(history.list(), HistoryExportFormat.JSON, target);

        JsonNode exported = JSON.readTree(target.toFile());
        assertThat(exported.isArray()).isTrue();
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).path("sessionId").asText()).isEqualTo(id);
        assertThat(exported.get(0).path("lastStatus").asText()).isEqualTo("CREATED");
        assertThat(exported.get(0).has("bucket")).isFalse();
    }
}
