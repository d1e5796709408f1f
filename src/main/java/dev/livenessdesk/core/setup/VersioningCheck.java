package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 6d. When an image is deleted, is it gone? With versioning on, S3 keeps the old version unless a lifecycle rule
 * expires noncurrent versions under the prefix.
 */
final class VersioningCheck extends BucketSetupCheck {

    VersioningCheck(SetupAnswers answers) {
        super(answers);
    }

    @Override
    public CheckId id() {
        return CheckId.VERSIONING;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.BUCKET, CheckId.LIFECYCLE);
    }

    @Override
    String permission() {
        return "s3:GetBucketVersioning";
    }

    @Override
    CheckResult check(SetupTarget target, String bucket, ConnectionSettings inBucketRegion, Findings findings)
            throws ServiceException {
        VersioningState state = answers.versioning(inBucketRegion, bucket);
        if (state == VersioningState.NEVER_ENABLED) {
            return CheckResult.ok(id(), SetupWords.get("versioning.off", bucket));
        }
        Optional<LifecycleRule> cleanup = findings.lifecycleRules().orElse(List.of()).stream()
                .filter(rule -> rule.covers(target.prefix()) && rule.noncurrentDays().isPresent()).findFirst();
        if (cleanup.isPresent()) {
            return CheckResult.ok(id(), SetupWords.get("versioning.cleaned", bucket, cleanup.get().displayName(),
                    cleanup.get().noncurrentDays().getAsInt()));
        }
        String key = state == VersioningState.ENABLED ? "versioning.on" : "versioning.suspended";
        return CheckResult.warn(id(), SetupWords.get(key, bucket),
                SetupWords.get("versioning.fix", LifecycleCheck.prefixWords(target.prefix())));
    }
}
