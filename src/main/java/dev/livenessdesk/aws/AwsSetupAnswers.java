package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.KmsKeyFacts;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.core.setup.PermissionQuestion;
import dev.livenessdesk.core.setup.PublicAccessBlock;
import dev.livenessdesk.core.setup.ServiceClock;
import dev.livenessdesk.core.setup.SetupAnswers;
import dev.livenessdesk.core.setup.Simulation;
import dev.livenessdesk.core.setup.VersioningState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The setup check's questions answered by AWS, on the app's shared clients (same credentials, same timeouts). */
public final class AwsSetupAnswers implements SetupAnswers {

    private final StsCallerIdentity identity;
    private final RekognitionClockReading clock;
    private final S3BucketSettings buckets;
    private final IamPolicySimulation permissions;
    private final KmsKeyLookup keys;

    public AwsSetupAnswers(AwsClients clients, SetupEndpoints endpoints, Clock localClock) {
        this.identity = new StsCallerIdentity(clients, new CredentialSources(), endpoints.sts());
        this.clock = new RekognitionClockReading(clients, localClock);
        this.buckets = new S3BucketSettings(clients);
        this.permissions = new IamPolicySimulation(clients, endpoints.iam());
        this.keys = new KmsKeyLookup(clients, endpoints.kms());
    }

    @Override
    public CallerIdentity identity(ConnectionSettings connection) throws ServiceException {
        return identity.whoAmI(connection);
    }

    @Override
    public ServiceClock serviceClock(ConnectionSettings connection) throws ServiceException {
        return clock.read(connection);
    }

    @Override
    public BucketPlace bucketPlace(ConnectionSettings connection, String bucket) throws ServiceException {
        return buckets.place(connection, bucket);
    }

    @Override
    public BucketEncryption encryption(ConnectionSettings connection, String bucket) throws ServiceException {
        return buckets.encryption(connection, bucket);
    }

    @Override
    public Optional<PublicAccessBlock> publicAccessBlock(ConnectionSettings connection, String bucket)
            throws ServiceException {
        return buckets.publicAccessBlock(connection, bucket);
    }

    @Override
    public List<LifecycleRule> lifecycleRules(ConnectionSettings connection, String bucket) throws ServiceException {
        return buckets.lifecycleRules(connection, bucket);
    }

    @Override
    public VersioningState versioning(ConnectionSettings connection, String bucket) throws ServiceException {
        return buckets.versioning(connection, bucket);
    }

    @Override
    public KmsKeyFacts kmsKey(ConnectionSettings connection, String keyId) throws ServiceException {
        return keys.describe(connection, keyId);
    }

    @Override
    public Simulation simulate(ConnectionSettings connection, String callerArn, List<PermissionQuestion> questions)
            throws ServiceException {
        return permissions.simulate(connection, callerArn, questions);
    }
}
