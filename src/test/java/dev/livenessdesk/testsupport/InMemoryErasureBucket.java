package dev.livenessdesk.testsupport;

import dev.livenessdesk.core.erasure.BucketFacts;
import dev.livenessdesk.core.erasure.DeleteAnswer;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A bucket for the erasure's core tests: versions in memory, and the faults that matter scripted (versions locked
 * until a date, throttled calls, a desk that dies right after S3 deleted a batch). Counts every delete of every
 * version, so a test can show nothing was deleted twice.
 */
public final class InMemoryErasureBucket implements ErasureTarget {

    /** Thrown where the desk "dies": after S3 deleted the batch, before the desk heard the answer. */
    public static final class DeskDied extends RuntimeException {
        public DeskDied() {
            super("the desk died mid-batch");
        }
    }

    private final Map<String, ObjectVersion> versions = new LinkedHashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();
    private final Map<String, Integer> deletes = new HashMap<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private final List<ErasureReceipt> receipts = new ArrayList<>();
    private final Set<String> everDeletedKeys = new HashSet<>();
    private BucketFacts facts = BucketFacts.unversioned();
    private int throttledCalls;
    private int dieAfterCall = -1;
    private int calls;

    public InMemoryErasureBucket put(String key, String versionId, long size, Instant lastModified) {
        ObjectVersion version = new ObjectVersion(key, versionId, size, lastModified, false);
        versions.put(version.identity(), version);
        return this;
    }

    public InMemoryErasureBucket lock(String key, String versionId, Instant until) {
        lockedUntil.put(new ObjectVersion(key, versionId, 0, Instant.EPOCH, false).identity(), until);
        return this;
    }

    public InMemoryErasureBucket facts(BucketFacts value) {
        facts = value;
        return this;
    }

    /** The next calls answer 503 SlowDown for the whole request. */
    public InMemoryErasureBucket throttleNextCalls(int count) {
        throttledCalls = count;
        return this;
    }

    /** The desk dies right after S3 carried out this delete call (1-based). */
    public InMemoryErasureBucket dieAfterDeleteCall(int call) {
        dieAfterCall = call;
        return this;
    }

    @Override
    public BucketFacts bucketFacts(String bucket) {
        return facts;
    }

    @Override
    public synchronized List<ObjectVersion> versionsUnder(String bucket, String keyPrefix) {
        return versions.values().stream().filter(v -> v.key().startsWith(keyPrefix)).toList();
    }

    @Override
    public synchronized DeleteAnswer delete(String bucket, List<ObjectVersion> batch) throws ServiceException {
        if (batch.size() > BATCH_LIMIT) {
            throw new IllegalStateException("S3 refuses more than 1000 keys: " + batch.size());
        }
        if (throttledCalls > 0) {
            throttledCalls--;
            throw new ServiceException(ServiceError.of(ErrorKind.THROTTLED, "S3 asked to slow down (SlowDown).", ""));
        }
        calls++;
        batchSizes.add(batch.size());
        List<ObjectVersion> deleted = new ArrayList<>();
        List<NotDeleted> kept = new ArrayList<>();
        for (ObjectVersion version : batch) {
            Instant until = lockedUntil.get(version.identity());
            if (until != null) {
                kept.add(new NotDeleted(version, NotDeleted.Reason.RETENTION, "locked", Optional.of(until)));
                continue;
            }
            deletes.merge(version.identity(), 1, Integer::sum);
            if (versions.remove(version.identity()) != null) {
                everDeletedKeys.add(version.key());
            }
            deleted.add(version);
        }
        if (calls == dieAfterCall) {
            throw new DeskDied();
        }
        return new DeleteAnswer(deleted, kept);
    }

    @Override
    public String callerArn() {
        return "arn:aws:iam::123456789012:user/support-ana";
    }

    @Override
    public synchronized void keepReceipt(String bucket, ErasureReceipt receipt) {
        receipts.add(receipt);
    }

    public synchronized Set<String> keys() {
        Set<String> keys = new HashSet<>();
        versions.values().forEach(v -> keys.add(v.key()));
        return keys;
    }

    /** How many times each version was sent in a delete call S3 carried out. */
    public synchronized Map<String, Integer> deletesPerVersion() {
        return Map.copyOf(deletes);
    }

    /** How many versions each DeleteObjects call was sent with. */
    public synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    public synchronized List<ErasureReceipt> receipts() {
        return List.copyOf(receipts);
    }

    public synchronized Set<String> everDeletedKeys() {
        return Set.copyOf(everDeletedKeys);
    }
}
