package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Set;

/**
 * A question about the bucket as a home for biometric data. Asked in the bucket's own region, so a bucket in the
 * wrong region is still described; skipped (could not check) without working credentials or a reachable bucket.
 */
abstract class BucketSetupCheck implements SetupCheck {

    protected final SetupAnswers answers;

    BucketSetupCheck(SetupAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.BUCKET);
    }

    /** The permission the question's read needs, for the "could not check" words. */
    abstract String permission();

    abstract CheckResult check(SetupTarget target, String bucket, ConnectionSettings inBucketRegion,
                               Findings findings) throws ServiceException;

    @Override
    public final CheckResult run(SetupTarget target, Findings findings) {
        if (findings.identity().isEmpty()) {
            return CouldNotCheck.withoutCredentials(id());
        }
        if (target.bucket().isEmpty() || findings.bucketPlace().isEmpty()) {
            return CouldNotCheck.withoutBucket(id());
        }
        String bucket = target.bucket().get();
        ConnectionSettings inBucketRegion = target.connection().withRegion(findings.bucketPlace().get().region());
        try {
            return check(target, bucket, inBucketRegion, findings);
        } catch (ServiceException e) {
            return CouldNotCheck.because(id(), e.error(), permission(), "arn:aws:s3:::" + bucket);
        }
    }
}
