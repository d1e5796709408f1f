package dev.livenessdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 while a desk writes: every change it acknowledged is there after the next start, and nothing is left over. */
class StoreCrashTest {

    private static final int KILLS = 20;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedChangeSurvivesTwentyKills() throws Exception {
        Random random = new Random(20261201L);
        Map<String, String> acknowledged = new HashMap<>();
        int killedMidWrite = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ChildJvm.start(false, "write-forever", folder.toString(), String.valueOf(kill * 100_000));
            BufferedReader lines = ChildJvm.lines(child);
            String first = lines.readLine();
            if (first == null) {
                // The child ended before it opened the database: say how, so a failure here can be told apart.
                child.waitFor(30, TimeUnit.SECONDS);
                assertThat(first).as("start %d: the child ended with exit code %d before opening the database",
                        kill, child.exitValue()).isEqualTo("OPEN");
            }
            assertThat(first).isEqualTo("OPEN");
            int wanted = 1 + random.nextInt(40);
            for (int seen = 0; seen < wanted; seen++) {
                String line = lines.readLine();
                String[] fact = line.split(" ");
                acknowledged.put(fact[1], fact[0].equals("RESULT") ? "SUCCEEDED" : acknowledged.getOrDefault(fact[1], "CREATED"));
            }
            // SIGKILL: no shutdown hook, no finally, no close; the child is in its next transaction by now.
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (Files.exists(folder.resolve(LocalDatabase.FILE_NAME + "-wal"))) {
                killedMidWrite++;
            }
        }

        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            Map<String, String> kept = new SqliteSessionHistory(database, Clock.systemUTC()).list().stream()
                    .collect(Collectors.toMap(HistoryEntry::sessionId, HistoryEntry::lastStatus));
            assertThat(kept).containsAllEntriesOf(acknowledged.entrySet().stream()
                    .filter(e -> e.getValue().equals("SUCCEEDED"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            assertThat(kept.keySet()).containsAll(acknowledged.keySet());
            assertThat(database.notice()).isEmpty();
        }
        assertThat(killedMidWrite).as("kills that left a write-ahead log to replay").isEqualTo(KILLS);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).isEqualTo(List.of(LocalDatabase.FILE_NAME));
        }
    }
}
