package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.failure.ServiceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** GetFaceLivenessSessionResults: status, confidence, challenge and where the images are. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Print a session's status, confidence, challenge and images (S3 keys or byte sizes).")
final class ResultsCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "SESSION-ID", description = "The session id (36 characters).")
    String sessionId;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        String id = InputChecks.sessionId(sessionId);
        return ResultsJson.of(context.backend().livenessSessions(connection.checkedRekognition(context))
                .results(id, new RetryNotices(context)));
    }
}
