package dev.livenessdesk.core.images;

import java.util.Objects;
import java.util.Optional;

/** One S3 object: bucket, key, and the version when the bucket is versioned. */
public record S3Location(String bucket, String key, Optional<String> version) {

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        version = version == null ? Optional.empty() : version;
    }

    public S3Location(String bucket, String key) {
        this(bucket, key, Optional.empty());
    }

    /** s3://bucket/key, as the AWS CLI and console accept it. */
    public String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
