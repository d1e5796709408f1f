package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.erasure.JournalRun;
import dev.livenessdesk.core.erasure.RetentionAge;
import dev.livenessdesk.core.erasure.SessionFolderGuard;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code purge --older-than 30d}: every session folder under the prefix whose newest object is older than the age.
 * Without --yes (or with --dry-run) it only shows the figures; an empty prefix needs the words "every session folder
 * in the bucket"; a purge stopped by a crash is finished with --resume, which deletes nothing twice.
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = "Erase every session folder older than an age (without --yes, or with --dry-run: only the figures).")
final class PurgeCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Option(names = "--older-than", paramLabel = "AGE", description = "An age in days, e.g. 30d.")
    String olderThan;

    @Option(names = "--dry-run", description = "Only show the figures (also what happens without --yes).")
    boolean dryRun;

    @Option(names = "--yes", description = "Delete what the figures show.")
    boolean yes;

    @Option(names = "--confirm", paramLabel = "WORDS",
            description = "With an empty prefix: \"every session folder in the bucket\".")
    String confirm;

    @Option(names = "--resume", paramLabel = "RUN", description = "Finish a purge that was stopped (its run id).")
    String resume;

    @Mixin
    ReceiptOption receipt;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        ConnectionSettings s3 = location.checkedConnection(connection, context);
        String prefix = SessionFolderGuard.normalizePrefix(location.prefix);
        boolean deleting = yes && !dryRun;
        if (deleting && resume == null && prefix.isEmpty()
                && !CliText.get("purge.wholeBucketWords").equalsIgnoreCase(String.valueOf(confirm).strip())) {
            throw new InvalidInput(CliText.get("purge.wholeBucketConfirm"));
        }
        ErasureParts parts = ErasureParts.of(context, s3);
        try {
            if (resume != null) {
                return resumed(context, parts, deleting);
            }
            Duration age;
            try {
                age = RetentionAge.parse(olderThan == null ? "" : olderThan);
            } catch (IllegalArgumentException refused) {
                throw new InvalidInput(refused.getMessage());
            }
            ErasurePlan plan = parts.planner.planPurge(location.bucket(), prefix, age, Instant.now());
            ObjectNode data = JsonEnvelope.NODES.objectNode().put("dry_run", !deleting);
            data.set("plan", ErasureJson.plan(plan, false));
            List<JournalRun> unfinished = parts.records.journal().unfinished().stream()
                    .filter(run -> run.bucket().equals(location.bucket()) && run.prefix().equals(prefix)).toList();
            unfinished.stream().findFirst().ifPresent(run -> data.put("unfinished_run", run.runId())
                    .put("unfinished_message", CliText.get("purge.unfinished", run.runId(), run.settled(), run.total())));
            if (!deleting || plan.isEmpty()) {
                return data.put("message", CliText.get("erase.shownOnly"));
            }
            Eraser.Outcome outcome = parts.eraser.run(plan, receipt.inBucket, ErasureParts.notes(context), () -> false);
            ErasureJson.outcome(data, outcome);
            return data;
        } catch (IOException unusable) {
            throw new InvalidInput(CliText.get("erase.storeUnreadable", unusable.getMessage()));
        }
    }

    private ObjectNode resumed(CommandContext context, ErasureParts parts, boolean deleting)
            throws IOException, InvalidInput, ServiceException {
        JournalRun run = parts.records.journal().run(resume.strip())
                .orElseThrow(() -> new InvalidInput(CliText.get("purge.noSuchRun", resume)));
        String prefix = SessionFolderGuard.normalizePrefix(location.prefix);
        if (!run.bucket().equals(location.bucket()) || !run.prefix().equals(prefix)) {
            throw new InvalidInput(CliText.get("purge.resumeOtherBucket", run.runId(), run.bucket(), run.prefix(),
                    location.bucket(), prefix));
        }
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("dry_run", !deleting).put("run", run.runId())
                .put("sessions", run.sessionIds().size()).put("versions", run.total())
                .put("settled", run.settled());
        if (!deleting) {
            return data.put("message", CliText.get("erase.shownOnly"));
        }
        ErasureJson.outcome(data, parts.eraser.resume(run.runId(), receipt.inBucket, ErasureParts.notes(context),
                () -> false));
        return data;
    }

    @Override
    int successExitCode(ObjectNode data) {
        return ErasureJson.exitCode(data);
    }
}
