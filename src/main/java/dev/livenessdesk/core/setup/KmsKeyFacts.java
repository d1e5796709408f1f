package dev.livenessdesk.core.setup;

import java.util.Objects;

/**
 * What KMS DescribeKey says about a key.
 *
 * @param arn      the key's ARN (its region is the fourth field)
 * @param keyId    the key's id
 * @param state    KeyState: Enabled, Disabled, PendingDeletion, PendingImport, Unavailable, ...
 * @param usage    KeyUsage: ENCRYPT_DECRYPT for keys that can encrypt S3 objects
 * @param spec     KeySpec: SYMMETRIC_DEFAULT for keys that can encrypt S3 objects
 */
public record KmsKeyFacts(String arn, String keyId, String state, String usage, String spec) {

    public KmsKeyFacts {
        Objects.requireNonNull(arn, "arn");
        keyId = keyId == null ? "" : keyId;
        state = state == null ? "" : state;
        usage = usage == null ? "" : usage;
        spec = spec == null ? "" : spec;
    }

    /** The region in the key's ARN ("arn:aws:kms:REGION:ACCOUNT:key/ID"), or "" when it has none. */
    public String region() {
        String[] parts = arn.split(":", 6);
        return parts.length > 3 ? parts[3] : "";
    }

    /** True when a bucket's configured key id (id, ARN) names this key. */
    public boolean isNamedBy(String configured) {
        return configured.equals(arn) || configured.equals(keyId) || arn.endsWith("/" + configured);
    }
}
