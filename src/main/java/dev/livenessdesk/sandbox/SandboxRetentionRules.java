package dev.livenessdesk.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.erasure.LifecycleMerge;
import dev.livenessdesk.core.erasure.RetentionReceipt;
import dev.livenessdesk.core.erasure.RetentionRule;
import dev.livenessdesk.core.erasure.RetentionRules;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.json.PrettyJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The sandbox buckets' lifecycle rules, in memory, merged with the desk's rule as on S3. */
final class SandboxRetentionRules implements RetentionRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<LifecycleRule>> byBucket = new HashMap<>();
    private final SandboxImageStore images;

    SandboxRetentionRules(SandboxImageStore images) {
        this.images = images;
    }

    @Override
    public synchronized List<LifecycleRule> current(String bucket) {
        return List.copyOf(byBucket.getOrDefault(bucket, List.of()));
    }

    @Override
    public synchronized void apply(String bucket, RetentionRule proposed, List<LifecycleRule> shown)
            throws ServiceException {
        List<LifecycleRule> now = current(bucket);
        if (!now.equals(shown)) {
            throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER,
                    SandboxMessages.get("retention.changed", bucket), ""));
        }
        LifecycleMerge.of(now, proposed);
        List<LifecycleRule> merged = new ArrayList<>();
        for (LifecycleRule rule : now) {
            if (!rule.id().equals(proposed.id())) {
                merged.add(rule);
            }
        }
        merged.add(new LifecycleRule(proposed.id(), true, proposed.prefix(), false,
                OptionalInt.of(proposed.expireAfterDays()), false, OptionalInt.of(RetentionRule.NONCURRENT_DAYS)));
        byBucket.put(bucket, merged);
    }

    @Override
    public String callerArn() {
        return SandboxIdentity.ARN;
    }

    @Override
    public void keepReceipt(String bucket, RetentionReceipt receipt) {
        try {
            images.put(bucket, receipt.bucketKey(), PrettyJson.writer(JSON)
                    .writeValueAsBytes(receipt.document()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The receipt could not be written as JSON", e);
        }
    }
}
