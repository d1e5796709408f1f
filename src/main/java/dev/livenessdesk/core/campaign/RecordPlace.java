package dev.livenessdesk.core.campaign;

import java.util.Objects;

/**
 * Where a campaign session's team record lives: its bucket, and the key prefix its session's folder is under (the
 * prefix the session was created with, or the one its record was found under). Kept with the session so any later
 * change on this computer, after a restart too, rewrites that same record.
 *
 * @param prefix empty for a folder at the top of the bucket
 */
public record RecordPlace(String bucket, String prefix) {

    public RecordPlace {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("A record's place needs its bucket");
        }
        prefix = prefix == null ? "" : prefix;
    }

    /** As the record's address reads in a message: {@code s3://bucket/prefix}. */
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }
}
