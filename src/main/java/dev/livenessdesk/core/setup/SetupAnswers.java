package dev.livenessdesk.core.setup;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.List;
import java.util.Optional;

/**
 * The questions the setup checks put to AWS; the AWS adapter answers them. Every method blocks on the network,
 * creates nothing, and honours interruption (the checker interrupts a check that ran out of time).
 */
public interface SetupAnswers {

    /** Who the credentials belong to (STS GetCallerIdentity), with their expiry. */
    CallerIdentity identity(ConnectionSettings connection) throws ServiceException;

    /** AWS's clock from the Date of one cheap Rekognition answer that creates nothing. */
    ServiceClock serviceClock(ConnectionSettings connection) throws ServiceException;

    /** Where the bucket is; a ServiceException of kind NO_SUCH_BUCKET when there is none. */
    BucketPlace bucketPlace(ConnectionSettings connection, String bucket) throws ServiceException;

    /** The bucket's default encryption ({@link BucketEncryption#none()} when it has none). */
    BucketEncryption encryption(ConnectionSettings connection, String bucket) throws ServiceException;

    /** The bucket's own Block Public Access settings; empty when it has none. */
    Optional<PublicAccessBlock> publicAccessBlock(ConnectionSettings connection, String bucket)
            throws ServiceException;

    /** The bucket's lifecycle rules (empty when it has none). */
    List<LifecycleRule> lifecycleRules(ConnectionSettings connection, String bucket) throws ServiceException;

    VersioningState versioning(ConnectionSettings connection, String bucket) throws ServiceException;

    /** KMS DescribeKey; a ServiceException of kind NOT_FOUND when the region has no such key. */
    KmsKeyFacts kmsKey(ConnectionSettings connection, String keyId) throws ServiceException;

    /**
     * iam:SimulatePrincipalPolicy for the caller's own policies, one question at a time. A denied simulation is a
     * ServiceException of kind ACCESS_DENIED.
     *
     * @param callerArn the caller's ARN as STS reports it (an assumed role is simulated as its role)
     */
    Simulation simulate(ConnectionSettings connection, String callerArn, List<PermissionQuestion> questions)
            throws ServiceException;
}
