package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Set;

/** 7. Does the session's KMS key exist in the region, is it enabled, and can it encrypt S3 objects? */
final class KmsKeyCheck implements SetupCheck {

    private final SetupAnswers answers;

    KmsKeyCheck(SetupAnswers answers) {
        this.answers = answers;
    }

    @Override
    public CheckId id() {
        return CheckId.KMS_KEY;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.CREDENTIALS);
    }

    @Override
    public CheckResult run(SetupTarget target, Findings findings) {
        String keyId = target.kmsKeyId().orElseThrow();
        String region = target.region();
        if (findings.identity().isEmpty()) {
            return CouldNotCheck.withoutCredentials(id());
        }
        KmsKeyFacts key;
        try {
            key = answers.kmsKey(target.connection(), keyId);
        } catch (ServiceException e) {
            if (e.error().kind() == ErrorKind.NOT_FOUND) {
                return CheckResult.fail(id(), SetupWords.get("kms.missing", keyId, region),
                        SetupWords.get("kms.missing.fix", region));
            }
            return CouldNotCheck.because(id(), e.error(), "kms:DescribeKey", keyId);
        }
        findings.kmsKey(key);
        if (!key.region().isEmpty() && !key.region().equals(region)) {
            return CheckResult.fail(id(), SetupWords.get("kms.otherRegion", key.arn(), key.region(), region),
                    SetupWords.get("kms.missing.fix", region));
        }
        if (!"Enabled".equals(key.state())) {
            return CheckResult.fail(id(), SetupWords.get("kms.notEnabled", key.arn(), key.state()),
                    SetupWords.get("kms.notEnabled.fix"));
        }
        if (!"ENCRYPT_DECRYPT".equals(key.usage()) || !"SYMMETRIC_DEFAULT".equals(key.spec())) {
            return CheckResult.fail(id(), SetupWords.get("kms.wrongKind", key.arn(), key.spec(), key.usage()),
                    SetupWords.get("kms.wrongKind.fix"));
        }
        return CheckResult.ok(id(), SetupWords.get("kms.ok", key.arn(), region));
    }
}
