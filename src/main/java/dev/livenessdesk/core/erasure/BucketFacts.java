package dev.livenessdesk.core.erasure;

/**
 * What the bucket's settings mean for an erasure, read before the plan is shown.
 *
 * @param versioning "Enabled", "Suspended" or "" (never enabled): old versions must go too when it was ever on
 * @param mfaDelete  true when S3 refuses version deletes without a hardware token's code, which the desk cannot give
 */
public record BucketFacts(String versioning, boolean mfaDelete) {

    public BucketFacts {
        versioning = versioning == null ? "" : versioning;
    }

    public static BucketFacts unversioned() {
        return new BucketFacts("", false);
    }

    public boolean everVersioned() {
        return !versioning.isEmpty();
    }
}
