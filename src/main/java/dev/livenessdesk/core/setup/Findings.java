package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.CallerIdentity;
import java.util.List;
import java.util.Optional;

/**
 * What earlier checks learnt that later ones build on: who the caller is, where the bucket is, which key it is,
 * the lifecycle rules. Written once by the check that learns it, read after it finished (the checker orders them).
 */
public final class Findings {

    private volatile CallerIdentity identity;
    private volatile BucketPlace bucketPlace;
    private volatile KmsKeyFacts kmsKey;
    private volatile List<LifecycleRule> lifecycleRules;

    public Optional<CallerIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    void identity(CallerIdentity value) {
        identity = value;
    }

    public Optional<BucketPlace> bucketPlace() {
        return Optional.ofNullable(bucketPlace);
    }

    void bucketPlace(BucketPlace value) {
        bucketPlace = value;
    }

    public Optional<KmsKeyFacts> kmsKey() {
        return Optional.ofNullable(kmsKey);
    }

    void kmsKey(KmsKeyFacts value) {
        kmsKey = value;
    }

    public Optional<List<LifecycleRule>> lifecycleRules() {
        return Optional.ofNullable(lifecycleRules);
    }

    void lifecycleRules(List<LifecycleRule> value) {
        lifecycleRules = List.copyOf(value);
    }
}
