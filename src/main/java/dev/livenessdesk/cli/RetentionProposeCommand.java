package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.erasure.RetentionProposal;
import dev.livenessdesk.core.failure.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code retention propose}: the rule the desk would add, and the bucket's rules it keeps; changes nothing. */
@Command(name = "propose", mixinStandardHelpOptions = true,
        description = "Show the lifecycle rule for the prefix and what happens to the bucket's other rules.")
final class RetentionProposeCommand extends EnvelopeCommand {

    @Mixin
    RetentionOptions options;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        RetentionProposal proposal = options.propose(options.changes(context));
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("applied", false);
        data.set("proposal", RetentionOptions.proposal(proposal));
        return data.put("message", CliText.get("retention.shownOnly", proposal.bucket()));
    }
}
