package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.erasure.LifecycleMerge;
import dev.livenessdesk.core.erasure.RetentionReceipt;
import dev.livenessdesk.core.erasure.RetentionRule;
import dev.livenessdesk.core.erasure.RetentionRules;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.LifecycleRule;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.GetBucketLifecycleConfigurationResponse;

/**
 * The desk's retention rule on S3. PutBucketLifecycleConfiguration replaces the whole rule set, so the rules are
 * read again right before the write, compared with what the user confirmed, and written back as S3 gave them with
 * only the desk's own rule added or replaced.
 */
public final class S3RetentionRules implements RetentionRules {

    private static final String NO_LIFECYCLE = "NoSuchLifecycleConfiguration";

    private final AwsClients clients;
    private final ConnectionSettings connection;
    private final KnownCaller caller;

    public S3RetentionRules(AwsClients clients, ConnectionSettings connection, IdentityService identity) {
        this.clients = clients;
        this.connection = connection;
        this.caller = new KnownCaller(identity, connection);
    }

    @Override
    public List<LifecycleRule> current(String bucket) throws ServiceException {
        return new S3BucketSettings(clients).lifecycleRules(connection, bucket);
    }

    @Override
    public void apply(String bucket, RetentionRule proposed, List<LifecycleRule> shown) throws ServiceException {
        List<software.amazon.awssdk.services.s3.model.LifecycleRule> existing = new ArrayList<>();
        String transition = null;
        try {
            GetBucketLifecycleConfigurationResponse now = clients.s3(connection)
                    .getBucketLifecycleConfiguration(request -> request.bucket(bucket));
            existing.addAll(now.rules());
            transition = now.transitionDefaultMinimumObjectSizeAsString();
        } catch (AwsServiceException e) {
            if (!NO_LIFECYCLE.equals(AwsErrorTranslator.errorCode(e).orElse(""))) {
                throw AwsErrorTranslator.exception(e, "s3:GetLifecycleConfiguration", connection);
            }
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetLifecycleConfiguration", connection);
        }
        List<LifecycleRule> readNow = existing.stream().map(S3BucketSettings::rule).toList();
        if (!readNow.equals(shown)) {
            throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER,
                    S3Messages.get("retention.changed", bucket), S3Messages.get("retention.changed.next")));
        }
        try {
            LifecycleMerge.of(readNow, proposed);
        } catch (IllegalStateException full) {
            throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER, full.getMessage(), ""), full);
        }
        List<software.amazon.awssdk.services.s3.model.LifecycleRule> merged = new ArrayList<>();
        for (software.amazon.awssdk.services.s3.model.LifecycleRule rule : existing) {
            if (!proposed.id().equals(rule.id())) {
                merged.add(rule);
            }
        }
        merged.add(software.amazon.awssdk.services.s3.model.LifecycleRule.builder()
                .id(proposed.id())
                .filter(filter -> filter.prefix(proposed.prefix()))
                .status(ExpirationStatus.ENABLED)
                .expiration(expiration -> expiration.days(proposed.expireAfterDays()))
                .noncurrentVersionExpiration(noncurrent -> noncurrent.noncurrentDays(RetentionRule.NONCURRENT_DAYS))
                .abortIncompleteMultipartUpload(abort -> abort.daysAfterInitiation(RetentionRule.ABORT_UPLOADS_DAYS))
                .build());
        // The bucket's own default for small transitions is kept too: left out, S3 would reset it.
        String smallestTransition = transition;
        try {
            clients.s3(connection).putBucketLifecycleConfiguration(request -> request.bucket(bucket)
                    .transitionDefaultMinimumObjectSize(smallestTransition)
                    .lifecycleConfiguration(configuration -> configuration.rules(merged)));
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:PutLifecycleConfiguration", connection);
        }
    }

    @Override
    public String callerArn() throws ServiceException {
        return caller.get().arn();
    }

    @Override
    public void keepReceipt(String bucket, RetentionReceipt receipt) throws ServiceException {
        String owner = caller.get().account();
        try {
            BucketReceipt.put(clients.s3(connection), bucket, receipt.bucketKey(), owner, receipt.document());
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:PutObject", connection);
        }
    }
}
