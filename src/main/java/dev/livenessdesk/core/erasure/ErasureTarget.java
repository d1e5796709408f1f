package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.failure.ServiceException;

import java.util.List;

/** The bucket side of an erasure: S3 on AWS, the sandbox's store offline. Every method blocks on the network. */
public interface ErasureTarget {

    /** The most versions one {@link #delete} call takes: S3's DeleteObjects limit. */
    int BATCH_LIMIT = 1000;

    /** Versioning and MFA delete of the bucket. */
    BucketFacts bucketFacts(String bucket) throws ServiceException;

    /** Every version and delete marker under a key prefix, all pages, in key order. */
    List<ObjectVersion> versionsUnder(String bucket, String keyPrefix) throws ServiceException;

    /**
     * Deletes these versions for good (by version id) in one call of at most {@link #BATCH_LIMIT}. A version S3
     * refuses is in the answer's kept list with its reason (Object Lock's date, the missing permission); a failure
     * of the whole call throws.
     */
    DeleteAnswer delete(String bucket, List<ObjectVersion> batch) throws ServiceException;

    /** Who the calls run as: an ARN for the receipt. */
    String callerArn() throws ServiceException;

    /** Writes a copy of the receipt into the bucket, under {@link ErasureReceipt#BUCKET_FOLDER}. */
    void keepReceipt(String bucket, ErasureReceipt receipt) throws ServiceException;
}
