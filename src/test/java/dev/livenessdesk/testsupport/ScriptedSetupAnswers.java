package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.KmsKeyFacts;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.core.setup.PermissionDecision;
import dev.livenessdesk.core.setup.PermissionQuestion;
import dev.livenessdesk.core.setup.PolicySource;
import dev.livenessdesk.core.setup.PublicAccessBlock;
import dev.livenessdesk.core.setup.ServiceClock;
import dev.livenessdesk.core.setup.SetupAnswers;
import dev.livenessdesk.core.setup.Simulation;
import dev.livenessdesk.core.setup.VersioningState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Answers the setup questions from fields a test sets: a value, or a ServiceError to fail with. Starts as a good
 * setup in us-east-1. Records the connection each question was asked on.
 */
public class ScriptedSetupAnswers implements SetupAnswers {

    public static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");
    public static final String CALLER = "arn:aws:sts::123456789012:assumed-role/LivenessTester/desk-user";
    public static final String KEY_ARN = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    public Object identity = new CallerIdentity("123456789012", CALLER, "AROA:desk-user", Optional.empty(), "profile qa");
    public Object clock = new ServiceClock(NOW, NOW.plusSeconds(2));
    public Object place = new BucketPlace("us-east-1", true);
    public Object encryption = new BucketEncryption(BucketEncryption.Kind.SSE_KMS, Optional.of(KEY_ARN));
    public Object publicAccess = Optional.of(new PublicAccessBlock(true, true, true, true));
    public Object lifecycle = List.of(new LifecycleRule("expire", true, "qa/", false, OptionalInt.of(30), false,
            OptionalInt.of(7)));
    public Object versioning = VersioningState.ENABLED;
    public Object key = new KmsKeyFacts(KEY_ARN, "1234abcd-12ab-34cd-56ef-1234567890ab", "Enabled", "ENCRYPT_DECRYPT",
            "SYMMETRIC_DEFAULT");
    /** null: allow every question; otherwise the simulation to answer (or an error). */
    public Object simulation;
    public final List<String> asked = new ArrayList<>();
    public final List<PermissionQuestion> questions = new ArrayList<>();

    public static ServiceError error(ErrorKind kind, String message, String next) {
        return ServiceError.of(kind, message, next);
    }

    @Override
    public CallerIdentity identity(ConnectionSettings connection) throws ServiceException {
        return answer("identity", connection, identity, CallerIdentity.class);
    }

    @Override
    public ServiceClock serviceClock(ConnectionSettings connection) throws ServiceException {
        return answer("clock", connection, clock, ServiceClock.class);
    }

    @Override
    public BucketPlace bucketPlace(ConnectionSettings connection, String bucket) throws ServiceException {
        return answer("place", connection, place, BucketPlace.class);
    }

    @Override
    public BucketEncryption encryption(ConnectionSettings connection, String bucket) throws ServiceException {
        return answer("encryption", connection, encryption, BucketEncryption.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PublicAccessBlock> publicAccessBlock(ConnectionSettings connection, String bucket)
            throws ServiceException {
        return answer("publicAccess", connection, publicAccess, Optional.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LifecycleRule> lifecycleRules(ConnectionSettings connection, String bucket) throws ServiceException {
        return answer("lifecycle", connection, lifecycle, List.class);
    }

    @Override
    public VersioningState versioning(ConnectionSettings connection, String bucket) throws ServiceException {
        return answer("versioning", connection, versioning, VersioningState.class);
    }

    @Override
    public KmsKeyFacts kmsKey(ConnectionSettings connection, String keyId) throws ServiceException {
        return answer("kms", connection, key, KmsKeyFacts.class);
    }

    @Override
    public Simulation simulate(ConnectionSettings connection, String callerArn, List<PermissionQuestion> asked)
            throws ServiceException {
        synchronized (this) {
            questions.addAll(asked);
        }
        if (simulation == null) {
            List<PermissionDecision> allowed = asked.stream().flatMap(q -> q.actions().stream()
                    .map(action -> new PermissionDecision(action, q.resource(), PermissionDecision.Decision.ALLOWED)))
                    .toList();
            return answer("simulate", connection, new Simulation(PolicySource.of(callerArn).orElseThrow(), allowed),
                    Simulation.class);
        }
        return answer("simulate", connection, simulation, Simulation.class);
    }

    private <T> T answer(String question, ConnectionSettings connection, Object value, Class<T> type)
            throws ServiceException {
        synchronized (this) {
            asked.add(question + "@" + connection.region());
        }
        if (value instanceof ServiceError error) {
            throw new ServiceException(error);
        }
        if (value instanceof RuntimeException broken) {
            throw broken;
        }
        return type.cast(value);
    }
}
