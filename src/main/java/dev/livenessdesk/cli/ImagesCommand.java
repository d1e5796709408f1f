package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.WireTime;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.StoredImage;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The images of one session in S3, reference first, as the viewer shows them; never their bytes. */
@Command(name = "images", mixinStandardHelpOptions = true,
        description = "List a session's reference and audit images in S3.")
final class ImagesCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    S3Options location;

    @Parameters(index = "0", paramLabel = "SESSION-ID", description = "The session id (36 characters).")
    String sessionId;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        String id = InputChecks.sessionId(sessionId);
        ConnectionSettings s3 = location.checkedConnection(connection, context);
        List<StoredImage> images = context.backend().imageStore(s3)
                .imagesOf(location.bucket(), location.prefix, id);
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("id", id).put("bucket", location.bucket())
                .put("prefix", location.prefix);
        ArrayNode list = data.putArray("images");
        for (StoredImage image : images) {
            ObjectNode node = list.addObject()
                    .put("kind", image.kind().name().toLowerCase(Locale.ROOT))
                    .put("label", image.label());
            ResultsJson.s3(node, image.location());
            node.put("size_bytes", image.sizeBytes());
            if (image.lastModified() != null) {
                node.put("last_modified", WireTime.of(image.lastModified()));
            }
        }
        return data;
    }
}
