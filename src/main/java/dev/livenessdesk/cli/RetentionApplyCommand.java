package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.core.erasure.RetentionProposal;
import dev.livenessdesk.core.failure.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code retention apply --confirm BUCKET}: writes the rule propose shows, every other rule of the bucket kept, and
 * prints the receipt. The bucket's name typed again is the confirmation a slip cannot give.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Add (or update) the desk's lifecycle rule for the prefix, keeping every other rule.")
final class RetentionApplyCommand extends EnvelopeCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    RetentionOptions options;

    @Option(names = "--confirm", required = true, paramLabel = "BUCKET",
            description = "The bucket's name once more: without it nothing is written.")
    String confirm;

    @Option(names = "--receipt-in-bucket",
            description = "Also write the receipt into the bucket under liveness-desk-erasures/.")
    boolean receiptInBucket;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        RetentionChanges changes = options.changes(context);
        RetentionProposal proposal = options.propose(changes);
        if (!proposal.confirmedBy(confirm)) {
            throw new InvalidInput(CliText.get("retention.notConfirmed", proposal.bucket()));
        }
        RetentionChanges.Outcome outcome = changes.apply(proposal, confirm, receiptInBucket);
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("applied", true);
        data.set("proposal", RetentionOptions.proposal(proposal));
        data.set("receipt", JSON.valueToTree(outcome.receipt().document()));
        outcome.bucketCopyKey().ifPresent(key -> data.put("receipt_in_bucket", key));
        outcome.bucketCopyProblem().ifPresent(problem -> data.put("receipt_in_bucket_problem", problem));
        return data;
    }
}
