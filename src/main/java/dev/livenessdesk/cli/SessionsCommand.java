package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.WireTime;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PageTokenRefused;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import java.util.Optional;
import java.util.OptionalInt;
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

    // Text, not int: picocli's int would also take digits of other scripts, which the model's integers are not.
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Sessions per page, 1 to 1000. Default: ${DEFAULT-VALUE}.")
    String limit;

    @Option(names = "--page-token", paramLabel = "TOKEN",
            description = "The next_page_token of the previous page.")
    String pageToken;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        int pageSize = pageSize();
        Optional<String> startAfter = pageToken();
        ConnectionSettings s3 = location.checkedConnection(connection, context);
        Page<SessionFolder> page;
        try {
            page = context.backend().imageStore(s3)
                    .sessions(location.bucket(), location.prefix, startAfter, pageSize);
        } catch (PageTokenRefused refused) {
            throw new InvalidInput(CliText.get("label.pageToken") + ": " + refused.error().fullText());
        }
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("bucket", location.bucket())
                .put("prefix", location.prefix);
        ArrayNode sessions = data.putArray("sessions");
        for (SessionFolder folder : page.items()) {
            ObjectNode node = sessions.addObject()
                    .put("id", folder.sessionId())
                    .put("folder_prefix", folder.folderPrefix())
                    .put("s3_uri", "s3://" + folder.bucket() + "/" + folder.folderPrefix());
            folder.lastModified().ifPresent(time -> node.put("last_modified", WireTime.of(time)));
        }
        page.nextToken().ifPresent(token -> data.put("next_page_token", token));
        return data;
    }

    private int pageSize() throws InvalidInput {
        String typed = limit == null ? "" : limit.strip();
        OptionalInt size = SessionSettingsValidator.asciiWholeNumber(typed);
        if (size.isEmpty() || size.getAsInt() < MIN_LIMIT || size.getAsInt() > MAX_LIMIT) {
            throw new InvalidInput(CliText.get("limit.range", typed, MIN_LIMIT, MAX_LIMIT));
        }
        return size.getAsInt();
    }

    /** Absent on the first page; given, it must be a token: an empty one is a script's bug, said as such. */
    private Optional<String> pageToken() throws InvalidInput {
        if (pageToken != null && pageToken.isBlank()) {
            throw new InvalidInput(CliText.get("label.pageToken") + ": " + CliText.get("pageToken.blank"));
        }
        return Optional.ofNullable(pageToken);
    }
}
