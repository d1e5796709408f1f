package dev.livenessdesk.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.BucketFacts;
import dev.livenessdesk.core.erasure.DeleteAnswer;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.json.PrettyJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's sessions erased the same way as on S3: the same plan, guard, journal and receipt, over the
 * sandbox's store in memory (one version per object, nothing locked), the receipt's copy kept beside them.
 */
final class SandboxErasureTarget implements ErasureTarget {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxImageStore images;

    SandboxErasureTarget(SandboxImageStore images) {
        this.images = images;
    }

    @Override
    public BucketFacts bucketFacts(String bucket) {
        return BucketFacts.unversioned();
    }

    @Override
    public List<ObjectVersion> versionsUnder(String bucket, String keyPrefix) {
        return images.versionsUnder(bucket, keyPrefix);
    }

    @Override
    public DeleteAnswer delete(String bucket, List<ObjectVersion> batch) {
        if (batch.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException("At most " + BATCH_LIMIT + " keys per call, as on S3");
        }
        List<ObjectVersion> deleted = new ArrayList<>();
        for (ObjectVersion version : batch) {
            images.remove(bucket, version.key());
            // S3 answers Deleted for a key already gone; so does the sandbox.
            deleted.add(version);
        }
        return new DeleteAnswer(deleted, List.of());
    }

    @Override
    public String callerArn() {
        return SandboxIdentity.ARN;
    }

    @Override
    public void keepReceipt(String bucket, ErasureReceipt receipt) {
        try {
            images.put(bucket, receipt.bucketKey(), PrettyJson.writer(JSON)
                    .writeValueAsBytes(receipt.document()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The receipt could not be written as JSON", e);
        }
    }
}
