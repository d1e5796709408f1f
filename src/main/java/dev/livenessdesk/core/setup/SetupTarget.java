package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Objects;
import java.util.Optional;

/**
 * What to check: the connection sessions are created on and, when given, where their images go.
 *
 * @param bucket   the S3 bucket of the sessions; empty when images come back in the answer only
 * @param prefix   the key prefix under the bucket ("" for none)
 * @param kmsKeyId the session's KMS key (id, ARN, alias name or alias ARN), when given
 */
public record SetupTarget(ConnectionSettings connection, Optional<String> bucket, String prefix,
                          Optional<String> kmsKeyId) {

    public SetupTarget {
        Objects.requireNonNull(connection, "connection");
        bucket = bucket == null ? Optional.empty() : bucket.map(String::strip).filter(b -> !b.isEmpty());
        prefix = prefix == null ? "" : prefix.strip();
        kmsKeyId = kmsKeyId == null ? Optional.empty() : kmsKeyId.map(String::strip).filter(k -> !k.isEmpty());
    }

    public String region() {
        return connection.region();
    }

    /** "s3://bucket/prefix", for the words; only meaningful with a bucket. */
    public String location() {
        return "s3://" + bucket.orElse("") + "/" + prefix;
    }
}
