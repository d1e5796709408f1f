package dev.livenessdesk.store;

import dev.livenessdesk.core.history.HistoryEntry;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A desk in a child JVM, for what one process cannot show about itself: being killed mid-write, and a data
 * folder it may not write. Prints one line per fact, flushed, so the parent reads what was acknowledged.
 */
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (args[0]) {
            case "write-forever" -> writeForever(folder, Integer.parseInt(args[2]), out);
            case "probe" -> probe(folder, out);
            case "fill" -> fill(folder, out);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Adds sessions and notes results until killed; "ACK id" once a change is committed. */
    private static void writeForever(Path folder, int firstNumber, PrintStream out) throws Exception {
        LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC());
        SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
        out.println("OPEN");
        for (int n = firstNumber; ; n++) {
            String id = StoreFixtures.id(n);
            history.add(StoreFixtures.session(id, Instant.now(), "liveness-out"), Optional.of("qa"));
            out.println("ACK " + id);
            history.updateResult(id, StoreFixtures.results(id, "SUCCEEDED", 90f));
            out.println("RESULT " + id);
        }
    }

    /** Adds sessions until a write fails; tells how many were kept, the failure's words, and what is listed then. */
    private static void fill(Path folder, PrintStream out) throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
            out.println("REMEMBERS " + database.remembers());
            int added = 0;
            try {
                for (; added < 100_000; added++) {
                    history.add(StoreFixtures.session(StoreFixtures.id(added), Instant.now(), "liveness-out"),
                            Optional.of("a profile name long enough to fill pages " + "x".repeat(200)));
                }
            } catch (java.io.IOException failed) {
                out.println("ADDED " + added);
                out.println("FAILED " + failed.getMessage());
            }
            out.println("LISTED " + history.list().size());
        }
    }

    /** Lists, adds one session, lists again, and tells what it saw. */
    private static void probe(Path folder, PrintStream out) throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
            List<HistoryEntry> before = history.list();
            out.println("REMEMBERS " + database.remembers());
            out.println("NOTICE " + database.notice().orElse(""));
            out.println("BEFORE " + String.join(",", before.stream().map(HistoryEntry::sessionId).toList()));
            history.add(StoreFixtures.session(StoreFixtures.id(999), Instant.now(), null), Optional.empty());
            out.println("AFTER " + history.list().size());
        }
    }
}
