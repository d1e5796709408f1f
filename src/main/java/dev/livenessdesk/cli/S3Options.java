package dev.livenessdesk.cli;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.ModelText;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The bucket and prefix the images live under, checked with the same rules as the form's output fields: the
 * mixin of every command that reads or changes a bucket (images, sessions, erase, purge, retention, review export).
 */
final class S3Options {

    @Option(names = "--bucket", required = true, paramLabel = "BUCKET", description = "The sessions' S3 bucket.")
    String bucket;

    @Option(names = "--prefix", paramLabel = "PREFIX", defaultValue = "",
            description = "The key prefix the sessions were created with. Default: none.")
    String prefix;

    /** Refuses a bad region, bucket or prefix; S3 works in every region, so no Face Liveness region warning. */
    void check(InputChecks checks, String region) throws InvalidInput {
        // The form may leave the bucket empty (no images kept); listing needs one, so empty is refused here.
        if (bucket == null || bucket.isBlank()) {
            throw new InvalidInput(CliText.get("bucket.missing"));
        }
        SessionDraft draft = SessionDraft.builder().region(region).bucket(bucket).keyPrefix(prefix).build();
        checks.checkFields(draft, false, SessionField.REGION, SessionField.BUCKET, SessionField.KEY_PREFIX);
    }

    /**
     * The connection to the bucket, every part checked in the order a user fixes them: --endpoint-url, the
     * region, then the bucket and prefix.
     */
    ConnectionSettings checkedConnection(ConnectionOptions connection, CommandContext context) throws InvalidInput {
        Optional<URI> endpoint = connection.endpoint(context);
        String region = connection.region(context.backend().profiles());
        check(new InputChecks(context), region);
        return connection.forS3(context, region, endpoint);
    }

    String bucket() {
        return ModelText.strip(bucket);
    }
}
