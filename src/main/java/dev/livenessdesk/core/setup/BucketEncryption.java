package dev.livenessdesk.core.setup;

import java.util.Objects;
import java.util.Optional;

/**
 * A bucket's default encryption.
 *
 * @param kmsKeyId the key of SSE-KMS / DSSE-KMS as configured (id, ARN or alias ARN); empty means the AWS
 *                 managed key aws/s3
 */
public record BucketEncryption(Kind kind, Optional<String> kmsKeyId) {

    public enum Kind { NONE, SSE_S3, SSE_KMS, DSSE_KMS }

    public BucketEncryption {
        Objects.requireNonNull(kind, "kind");
        kmsKeyId = kmsKeyId == null ? Optional.empty() : kmsKeyId.filter(id -> !id.isBlank());
    }

    public static BucketEncryption none() {
        return new BucketEncryption(Kind.NONE, Optional.empty());
    }

    public boolean usesKms() {
        return kind == Kind.SSE_KMS || kind == Kind.DSSE_KMS;
    }
}
