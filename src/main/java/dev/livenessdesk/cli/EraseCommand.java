package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.Eraser;
import dev.livenessdesk.core.erasure.ErasurePlan;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code erase SESSION_ID}: everything of one session, every version of every object in its folder and its rows on
 * this computer. Without --yes it only shows what would go and changes nothing.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = "Erase one session's images, record and local rows (without --yes: only show what would go).")
final class EraseCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Parameters(index = "0", paramLabel = "SESSION-ID", description = "The session id (36 characters).")
    String sessionId;

    @Option(names = "--yes", description = "Delete what the plan shows. Without it nothing is deleted.")
    boolean yes;

    @Mixin
    ReceiptOption receipt;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        String id = InputChecks.sessionId(sessionId);
        ConnectionSettings s3 = location.checkedConnection(connection, context);
        ErasureParts parts = ErasureParts.of(context, s3);
        try {
            ErasurePlan plan = parts.planner.planSession(location.bucket(), location.prefix, id);
            ObjectNode data = JsonEnvelope.NODES.objectNode().put("id", id).put("dry_run", !yes);
            data.set("plan", ErasureJson.plan(plan, true));
            if (plan.isEmpty()) {
                return data.put("message", CliText.get("erase.nothing", location.bucket(), plan.prefix(), id));
            }
            if (!yes) {
                return data.put("message", CliText.get("erase.shownOnly"));
            }
            Eraser.Outcome outcome = parts.eraser.run(plan, receipt.inBucket, ErasureParts.notes(context), () -> false);
            ErasureJson.outcome(data, outcome);
            return data;
        } catch (IOException unusable) {
            throw new InvalidInput(CliText.get("erase.storeUnreadable", unusable.getMessage()));
        }
    }

    /** Exit 1 when the receipt says something is still there. */
    @Override
    int successExitCode(ObjectNode data) {
        return ErasureJson.exitCode(data);
    }
}
