package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.core.erasure.RetentionProposal;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What retention propose and apply share: where, how many days, and the proposal as the envelope shows it. */
final class RetentionOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Option(names = "--days", required = true, paramLabel = "DAYS",
            description = "Delete the images this many days after they were written, 1 to 36500 (e.g. 30 or 30d).")
    String days;

    /** The proposal made by core, from the bucket's rules as they are now. */
    RetentionProposal propose(RetentionChanges changes)
            throws InvalidInput, ServiceException {
        int wanted;
        try {
            wanted = Math.toIntExact(dev.livenessdesk.core.erasure.RetentionAge.parse(days).toDays());
        } catch (IllegalArgumentException refused) {
            throw new InvalidInput(CliText.get("label.days") + ": " + refused.getMessage());
        }
        try {
            return changes.propose(location.bucket(), location.prefix, wanted);
        } catch (IllegalArgumentException refused) {
            throw new InvalidInput(refused.getMessage());
        }
    }

    RetentionChanges changes(CommandContext context) throws InvalidInput {
        return new RetentionChanges(context.backend().retentionRules(location.checkedConnection(connection, context))
                .orElseThrow(() -> new InvalidInput(CliText.get("retention.unsupported"))),
                Clock.systemUTC(), VersionProvider.version());
    }

    /** The rule as put-bucket-lifecycle-configuration takes it, and what happens to the bucket's other rules. */
    static ObjectNode proposal(RetentionProposal proposal) {
        ObjectNode node = JsonEnvelope.NODES.objectNode().put("bucket", proposal.bucket())
                .put("prefix", proposal.rule().prefix());
        node.set("rule", JSON.valueToTree(proposal.rule().document()));
        ArrayNode kept = node.putArray("rules_kept");
        proposal.merge().kept().forEach(kept::add);
        node.put("rule_replaced", proposal.merge().replaced().orElse(null));
        ArrayNode notes = node.putArray("notes");
        proposal.merge().notes().forEach(notes::add);
        return node.put("confirm_with", proposal.confirmationWords());
    }
}
