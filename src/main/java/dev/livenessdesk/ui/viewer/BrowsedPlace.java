package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.connection.ConnectionSettings;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Where the Images tab browses: the connection, the bucket (empty for none) and the prefix, stripped as typed
 * elsewhere, so the same place asked for twice is recognised and not listed again.
 */
record BrowsedPlace(ConnectionSettings connection, String bucket, String prefix) {

    BrowsedPlace {
        Objects.requireNonNull(connection, "connection");
        bucket = bucket == null ? "" : bucket.strip();
        prefix = prefix == null ? "" : prefix.strip();
    }

    boolean hasBucket() {
        return !bucket.isEmpty();
    }

    /** The same bucket and prefix through another connection (another region, after a switch). */
    BrowsedPlace through(ConnectionSettings other) {
        return new BrowsedPlace(other, bucket, prefix);
    }

    /** "s3://bucket/prefix", or words saying there is no bucket. */
    String location(ResourceBundle words) {
        return hasBucket() ? "s3://" + bucket + "/" + prefix : words.getString("location.none");
    }
}
