package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The sessions stored under a prefix, one page at a time, as the viewer lists them. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "List the sessions whose images are stored under a bucket and prefix.")
final class SessionsCommand extends EnvelopeCommand {

    static final int MIN_LIMIT = 1;
    // S3 lists at most 1000 keys per call.
    static final int MAX_LIMIT = 1000;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Sessions per page, 1 to 1000. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--page-token", paramLabel = "TOKEN",
            description = "The next_page_token of the previous page.")
    String pageToken;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new InvalidInput(CliText.get("limit.range", limit, MIN_LIMIT, MAX_LIMIT));
        }
        Optional<URI> endpoint = connection.endpoint(context);
        String region = connection.region(context.backend().profiles());
        location.check(new InputChecks(context), region);
        Page<SessionFolder> page = context.backend().imageStore(connection.forS3(context, region, endpoint))
                .sessions(location.bucket(), location.prefix, Optional.ofNullable(pageToken), limit);
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("bucket", location.bucket())
                .put("prefix", location.prefix);
        ArrayNode sessions = data.putArray("sessions");
        for (SessionFolder folder : page.items()) {
            ObjectNode node = sessions.addObject()
                    .put("id", folder.sessionId())
                    .put("folder_prefix", folder.folderPrefix())
                    .put("s3_uri", "s3://" + folder.bucket() + "/" + folder.folderPrefix());
            folder.lastModified().ifPresent(time -> node.put("last_modified", time.toString()));
        }
        page.nextToken().ifPresent(token -> data.put("next_page_token", token));
        return data;
    }
}
