package dev.livenessdesk.core.setup;

import java.util.Objects;

/**
 * Where a bucket lives, as S3 says (HeadBucket's x-amz-bucket-region, or GetBucketLocation).
 *
 * @param region     the bucket's region
 * @param reachable  false when S3 named the region but refused the credentials (403)
 */
public record BucketPlace(String region, boolean reachable) {

    public BucketPlace {
        Objects.requireNonNull(region, "region");
    }
}
