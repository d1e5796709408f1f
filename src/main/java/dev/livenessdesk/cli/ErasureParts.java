package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlanner;
import dev.livenessdesk.core.erasure.ErasureProgress;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.LocalErasureRecords;
import java.time.Clock;
import java.time.Duration;

/** What erase and purge share: the connection's target, this computer's records, the planner and the eraser. */
final class ErasureParts {

    /** Notes on stderr at most this often, so a purge of 50,000 versions does not flood the terminal. */
    private static final Duration NOTE_EVERY = Duration.ofSeconds(2);

    final LocalErasureRecords records;
    final ErasurePlanner planner;
    final Eraser eraser;

    private ErasureParts(ErasureTarget target, LocalErasureRecords records) {
        this.records = records;
        this.planner = new ErasurePlanner(target, records.history(), records.campaigns(), records.reviews());
        this.eraser = new Eraser(target, records.journal(), records.history(), records.campaigns(), records.reviews(),
                wait -> Thread.sleep(wait.toMillis()), Clock.systemUTC(), VersionProvider.version());
    }

    static ErasureParts of(CommandContext context, ConnectionSettings connection) throws InvalidInput {
        ErasureTarget target = context.backend().erasureTarget(connection)
                .orElseThrow(() -> new InvalidInput(CliText.get("erase.unsupported")));
        return new ErasureParts(target, context.erasureRecords());
    }

    /** Progress for the person at the terminal: a line now and then, and every note S3's throttling causes. */
    static ErasureProgress notes(CommandContext context) {
        long[] last = {0};
        return (settled, total, note) -> {
            long now = System.nanoTime();
            if (!note.isEmpty()) {
                context.note(note);
            } else if (settled == total || now - last[0] > NOTE_EVERY.toNanos()) {
                last[0] = now;
                context.note(CliText.get("erase.progress", settled, total));
            }
        };
    }
}
