package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;
import java.util.Set;

/** 6a. Does the bucket encrypt what it stores by default, and with the session's KMS key when one is given? */
final class EncryptionCheck extends BucketSetupCheck {

    EncryptionCheck(SetupAnswers answers) {
        super(answers);
    }

    @Override
    public CheckId id() {
        return CheckId.ENCRYPTION;
    }

    @Override
    public Set<CheckId> needs() {
        return Set.of(CheckId.BUCKET, CheckId.KMS_KEY);
    }

    @Override
    String permission() {
        return "s3:GetEncryptionConfiguration";
    }

    @Override
    CheckResult check(SetupTarget target, String bucket, ConnectionSettings inBucketRegion, Findings findings)
            throws ServiceException {
        BucketEncryption encryption = answers.encryption(inBucketRegion, bucket);
        Optional<String> sessionKey = target.kmsKeyId();
        if (encryption.kind() == BucketEncryption.Kind.NONE) {
            if (sessionKey.isPresent()) {
                return CheckResult.warn(id(), SetupWords.get("encryption.none.sessionKey", bucket, sessionKey.get()),
                        SetupWords.get("encryption.none.fix"));
            }
            return CheckResult.fail(id(), SetupWords.get("encryption.none", bucket),
                    SetupWords.get("encryption.none.fix"));
        }
        String how = describe(encryption);
        if (sessionKey.isEmpty()) {
            return CheckResult.ok(id(), SetupWords.get("encryption.ok", bucket, how));
        }
        boolean sameKey = encryption.usesKms() && encryption.kmsKeyId()
                .map(configured -> findings.kmsKey().map(key -> key.isNamedBy(configured))
                        .orElse(configured.equals(sessionKey.get()) || configured.endsWith("/" + sessionKey.get())))
                .orElse(false);
        if (sameKey) {
            return CheckResult.ok(id(), SetupWords.get("encryption.sessionKey", bucket, how));
        }
        return CheckResult.warn(id(), SetupWords.get("encryption.otherKey", bucket, how, sessionKey.get()),
                SetupWords.get("encryption.otherKey.fix", sessionKey.get()));
    }

    private static String describe(BucketEncryption encryption) {
        return switch (encryption.kind()) {
            case SSE_S3 -> SetupWords.get("encryption.sseS3");
            case SSE_KMS -> SetupWords.get("encryption.sseKms",
                    encryption.kmsKeyId().orElse(SetupWords.get("encryption.awsManagedKey")));
            case DSSE_KMS -> SetupWords.get("encryption.dsseKms",
                    encryption.kmsKeyId().orElse(SetupWords.get("encryption.awsManagedKey")));
            case NONE -> "";
        };
    }
}
