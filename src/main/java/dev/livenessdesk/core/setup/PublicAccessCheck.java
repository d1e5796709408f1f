package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;

/** 6b. Is Block Public Access on for the bucket, so no policy or ACL can publish the images? */
final class PublicAccessCheck extends BucketSetupCheck {

    PublicAccessCheck(SetupAnswers answers) {
        super(answers);
    }

    @Override
    public CheckId id() {
        return CheckId.PUBLIC_ACCESS;
    }

    @Override
    String permission() {
        return "s3:GetBucketPublicAccessBlock";
    }

    @Override
    CheckResult check(SetupTarget target, String bucket, ConnectionSettings inBucketRegion, Findings findings)
            throws ServiceException {
        Optional<PublicAccessBlock> block = answers.publicAccessBlock(inBucketRegion, bucket);
        if (block.isEmpty()) {
            return CheckResult.warn(id(), SetupWords.get("publicAccess.none", bucket),
                    SetupWords.get("publicAccess.fix"));
        }
        if (block.get().allOn()) {
            return CheckResult.ok(id(), SetupWords.get("publicAccess.ok", bucket));
        }
        return CheckResult.fail(id(), SetupWords.get("publicAccess.off", bucket,
                String.join(", ", block.get().switchesOff())), SetupWords.get("publicAccess.fix"));
    }
}
