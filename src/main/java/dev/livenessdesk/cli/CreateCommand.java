package dev.livenessdesk.cli;

import dev.livenessdesk.core.WireTime;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionSettings;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** CreateFaceLivenessSession; every option is raw text, checked by the same validator as the form. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a Face Liveness session and print its id.")
final class CreateCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--bucket", paramLabel = "BUCKET", description = "S3 bucket for the reference and audit images.")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Key prefix for the images in the bucket.")
    String prefix;

    @Option(names = "--audit-images", paramLabel = "N", description = "How many audit images to keep, 0 to 4.")
    String auditImages;

    @Option(names = "--kms-key-id", paramLabel = "KEY", description = "KMS key (id, ARN or alias) for the images.")
    String kmsKeyId;

    @Option(names = "--challenge", paramLabel = "TYPE",
            description = "FaceMovementAndLightChallenge (default) or FaceMovementChallenge.")
    String challenge;

    @Option(names = "--challenge-min-version", paramLabel = "VERSION", description = "Lowest challenge version.")
    String challengeMinVersion;

    @Option(names = "--challenge-max-version", paramLabel = "VERSION", description = "Highest challenge version.")
    String challengeMaxVersion;

    @Option(names = "--client-request-token", paramLabel = "TOKEN",
            description = "Idempotency token: the same token returns the session first created with it.")
    String clientRequestToken;

    @Mixin
    CampaignOptions campaign;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        Optional<URI> endpoint = connection.endpoint(context);
        String region = connection.region(context.backend().profiles());
        SessionDraft draft = SessionDraft.builder()
                .region(region).bucket(bucket).keyPrefix(prefix).auditImagesLimit(auditImages)
                .kmsKeyId(kmsKeyId).challengeType(challenge).challengeMinVersion(challengeMinVersion)
                .challengeMaxVersion(challengeMaxVersion).clientRequestToken(clientRequestToken)
                .build();
        SessionSettings settings = new InputChecks(context).checkDraft(draft).settings().orElseThrow();
        Optional<CampaignOptions.CampaignTag> tag = campaign.check(context::campaignStore);
        ConnectionSettings target = connection.forRekognition(context, settings.region(), endpoint);
        CreatedSession created = context.backend().livenessSessions(target)
                .create(settings, new RetryNotices(context));
        ObjectNode data = JsonEnvelope.NODES.objectNode()
                .put("id", created.sessionId())
                .put("created_at", WireTime.of(created.createdAt()));
        if (tag.isPresent()) {
            new CampaignTagging(context).tag(tag.get(), created, connection.forS3(context, settings.region(), endpoint),
                    data);
        }
        return data;
    }
}
