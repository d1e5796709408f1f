package dev.livenessdesk.cli;

import dev.livenessdesk.core.session.ModelText;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionField;
import picocli.CommandLine.Option;

/** The bucket and prefix the images live under, checked with the same rules as the form's output fields. */
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

    String bucket() {
        return ModelText.strip(bucket);
    }
}
