package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Set;

/** 4. Does the bucket exist, can the credentials reach it, and is it in the session's region? */
final class BucketCheck implements SetupCheck {

    private final SetupAnswers answers;

    BucketCheck(SetupAnswers answers) {
        this.answers = answers;
    }

    @Override
    public CheckId id() {
        return CheckId.BUCKET;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.CREDENTIALS);
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        if (target.bucket().isEmpty()) {
            return CheckResult.unknown(id(), SetupWords.get("bucket.none"), SetupWords.get("bucket.none.fix"));
        }
        if (findings.identity().isEmpty()) {
            return CouldNotCheck.withoutCredentials(id());
        }
        String bucket = target.bucket().get();
        String region = target.region();
        BucketPlace place;
        try {
            place = answers.bucketPlace(target.connection(), bucket);
        } catch (ServiceException e) {
            if (e.error().kind() == ErrorKind.NO_SUCH_BUCKET) {
                return CheckResult.fail(id(), SetupWords.get("bucket.missing", bucket),
                        SetupWords.get("bucket.missing.fix", region));
            }
            return CouldNotCheck.because(id(), e.error(), "s3:ListBucket", "arn:aws:s3:::" + bucket);
        }
        findings.bucketPlace(place);
        if (!place.region().equals(region)) {
            return CheckResult.fail(id(), SetupWords.get("bucket.otherRegion", bucket, place.region(), region),
                    SetupWords.get("bucket.otherRegion.fix", place.region(), region));
        }
        if (!place.reachable()) {
            return CheckResult.warn(id(), SetupWords.get("bucket.refused", bucket, region),
                    SetupWords.get("unknown.denied.fix", "s3:ListBucket", "arn:aws:s3:::" + bucket));
        }
        return CheckResult.ok(id(), SetupWords.get("bucket.ok", bucket, region));
    }
}
