package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.core.setup.CheckResult;
import dev.livenessdesk.core.setup.CheckStatus;
import dev.livenessdesk.core.setup.SetupAnswers;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupSource;
import dev.livenessdesk.core.setup.SetupTarget;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The setup check: the same checklist as the app's "Check setup", one row per check. Exit 0 when nothing fails,
 * 1 when a row fails (warnings and "could not check" do not), 2 for refused input.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the setup before a person is waiting: region, credentials, clock, bucket, "
                + "permissions, encryption, public access, lifecycle, versioning and the KMS key.",
            "Exit codes: 0 nothing fails, 1 something fails, 2 the input was refused."})
final class DoctorCommand extends EnvelopeCommand {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--bucket", paramLabel = "BUCKET", description = "The sessions' S3 bucket.")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "The sessions' key prefix in the bucket.")
    String prefix;

    @Option(names = "--kms-key-id", paramLabel = "KEY", description = "The sessions' KMS key (id, ARN or alias).")
    String kmsKeyId;

    @Override
    ObjectNode execute(CommandContext context) throws InvalidInput, ServiceException {
        Optional<URI> endpoint = connection.endpoint(context);
        String region = connection.region(context.backend().profiles());
        new InputChecks(context).checkFields(SessionDraft.builder().region(region).bucket(bucket).keyPrefix(prefix)
                        .kmsKeyId(kmsKeyId).build(), false,
                SessionField.REGION, SessionField.BUCKET, SessionField.KEY_PREFIX, SessionField.KMS_KEY_ID);
        SetupAnswers answers = SetupSource.of(context.backend()).orElseThrow(() -> new ServiceException(
                ServiceError.of(ErrorKind.UNKNOWN, CliText.get("doctor.noSetup"), "")));
        ConnectionSettings target = new ConnectionSettings(connection.profileName(), region.strip(), endpoint,
                endpoint);
        SetupRun run;
        try {
            run = new SetupChecker(answers).run(new SetupTarget(target, Optional.ofNullable(bucket), prefix,
                    Optional.ofNullable(kmsKeyId)), result -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(ServiceError.of(ErrorKind.CANCELLED, CliText.get("doctor.stopped"), ""));
        }
        return data(run);
    }

    @Override
    int successExitCode(ObjectNode data) {
        return data.path("summary").path("fail").asInt() > 0 ? ExitCode.SERVICE_FAILURE : ExitCode.SUCCESS;
    }

    private static ObjectNode data(SetupRun run) {
        SetupTarget target = run.target();
        ObjectNode data = JsonEnvelope.NODES.objectNode().put("region", target.region());
        target.connection().profile().ifPresent(name -> data.put("profile", name));
        target.bucket().ifPresent(name -> data.put("bucket", name).put("prefix", target.prefix()));
        target.kmsKeyId().ifPresent(key -> data.put("kms_key_id", key));
        data.put("took_ms", run.took().toMillis());
        ObjectNode summary = data.putObject("summary");
        for (CheckStatus status : CheckStatus.values()) {
            summary.put(status.wireName(), run.count(status));
        }
        ArrayNode checks = data.putArray("checks");
        for (CheckResult result : run.results()) {
            checks.addObject().put("id", result.id().wireName()).put("status", result.status().wireName())
                    .put("title", result.title()).put("message", result.found()).put("fix", result.fix());
        }
        return data;
    }
}
