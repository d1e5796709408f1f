package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.setup.BucketEncryption;
import dev.livenessdesk.core.setup.BucketPlace;
import dev.livenessdesk.core.setup.LifecycleRule;
import dev.livenessdesk.core.setup.PublicAccessBlock;
import dev.livenessdesk.core.setup.VersioningState;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;

/**
 * Reads what the setup check asks about a bucket: its region, default encryption, Block Public Access, lifecycle
 * rules and versioning. Reads only; "not configured" answers (S3 answers them as errors) become empty settings.
 */
final class S3BucketSettings {

    private static final String NO_ENCRYPTION = "ServerSideEncryptionConfigurationNotFoundError";
    private static final String NO_PUBLIC_ACCESS_BLOCK = "NoSuchPublicAccessBlockConfiguration";
    private static final String NO_LIFECYCLE = "NoSuchLifecycleConfiguration";
    private static final String REGION_HEADER = "x-amz-bucket-region";
    /** Answers that still say where the bucket is: moved permanently, a wrong-region signature, refused. */
    private static final Set<Integer> ANSWERS_WITH_REGION = Set.of(301, 307, 400, 403);

    private final AwsClients clients;

    S3BucketSettings(AwsClients clients) {
        this.clients = clients;
    }

    BucketPlace place(ConnectionSettings connection, String bucket) throws ServiceException {
        S3Client s3 = clients.s3(connection);
        try {
            Optional<String> region = Optional.ofNullable(s3.headBucket(request -> request.bucket(bucket))
                    .bucketRegion()).filter(name -> !name.isBlank());
            if (region.isPresent()) {
                return new BucketPlace(region.get(), true);
            }
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                throw noSuchBucket(e, bucket, connection);
            }
            Optional<String> region = headerRegion(e);
            if (region.isPresent() && ANSWERS_WITH_REGION.contains(e.statusCode())) {
                return new BucketPlace(region.get(), e.statusCode() != 403);
            }
            throw AwsErrorTranslator.exception(e, "s3:ListBucket", connection);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:ListBucket", connection);
        }
        return new BucketPlace(location(s3, connection, bucket), true);
    }

    BucketEncryption encryption(ConnectionSettings connection, String bucket) throws ServiceException {
        try {
            return clients.s3(connection).getBucketEncryption(request -> request.bucket(bucket))
                    .serverSideEncryptionConfiguration().rules().stream()
                    .map(rule -> rule.applyServerSideEncryptionByDefault())
                    .filter(java.util.Objects::nonNull).findFirst()
                    .map(S3BucketSettings::encryption).orElse(BucketEncryption.none());
        } catch (AwsServiceException e) {
            if (NO_ENCRYPTION.equals(code(e))) {
                return BucketEncryption.none();
            }
            throw AwsErrorTranslator.exception(e, "s3:GetEncryptionConfiguration", connection);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetEncryptionConfiguration", connection);
        }
    }

    Optional<PublicAccessBlock> publicAccessBlock(ConnectionSettings connection, String bucket)
            throws ServiceException {
        try {
            PublicAccessBlockConfiguration block = clients.s3(connection)
                    .getPublicAccessBlock(request -> request.bucket(bucket)).publicAccessBlockConfiguration();
            return Optional.ofNullable(block).map(b -> new PublicAccessBlock(on(b.blockPublicAcls()),
                    on(b.ignorePublicAcls()), on(b.blockPublicPolicy()), on(b.restrictPublicBuckets())));
        } catch (AwsServiceException e) {
            if (NO_PUBLIC_ACCESS_BLOCK.equals(code(e))) {
                return Optional.empty();
            }
            throw AwsErrorTranslator.exception(e, "s3:GetBucketPublicAccessBlock", connection);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetBucketPublicAccessBlock", connection);
        }
    }

    List<LifecycleRule> lifecycleRules(ConnectionSettings connection, String bucket) throws ServiceException {
        try {
            return clients.s3(connection).getBucketLifecycleConfiguration(request -> request.bucket(bucket))
                    .rules().stream().map(S3BucketSettings::rule).toList();
        } catch (AwsServiceException e) {
            if (NO_LIFECYCLE.equals(code(e))) {
                return List.of();
            }
            throw AwsErrorTranslator.exception(e, "s3:GetLifecycleConfiguration", connection);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetLifecycleConfiguration", connection);
        }
    }

    VersioningState versioning(ConnectionSettings connection, String bucket) throws ServiceException {
        try {
            BucketVersioningStatus status = clients.s3(connection)
                    .getBucketVersioning(request -> request.bucket(bucket)).status();
            if (status == BucketVersioningStatus.ENABLED) {
                return VersioningState.ENABLED;
            }
            return status == BucketVersioningStatus.SUSPENDED ? VersioningState.SUSPENDED
                    : VersioningState.NEVER_ENABLED;
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetBucketVersioning", connection);
        }
    }

    /** GetBucketLocation, for S3s that send no region header: empty means us-east-1, "EU" the old eu-west-1. */
    private static String location(S3Client s3, ConnectionSettings connection, String bucket)
            throws ServiceException {
        try {
            String constraint = s3.getBucketLocation(request -> request.bucket(bucket)).locationConstraintAsString();
            if (constraint == null || constraint.isBlank() || "null".equals(constraint)) {
                return "us-east-1";
            }
            return "EU".equals(constraint) ? "eu-west-1" : constraint;
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                throw noSuchBucket(e, bucket, connection);
            }
            throw AwsErrorTranslator.exception(e, "s3:GetBucketLocation", connection);
        } catch (RuntimeException e) {
            throw AwsErrorTranslator.exception(e, "s3:GetBucketLocation", connection);
        }
    }

    private static ServiceException noSuchBucket(AwsServiceException e, String bucket, ConnectionSettings connection) {
        return new ServiceException(AwsErrorTranslator.fromAnswer(ErrorKind.NO_SUCH_BUCKET, e,
                S3Messages.get("s3.noSuchBucket", bucket, "", connection.region()),
                S3Messages.get("s3.noSuchBucket.next")), e);
    }

    private static BucketEncryption encryption(ServerSideEncryptionByDefault rule) {
        String algorithm = rule.sseAlgorithmAsString() == null ? "" : rule.sseAlgorithmAsString();
        BucketEncryption.Kind kind = switch (algorithm) {
            case "AES256" -> BucketEncryption.Kind.SSE_S3;
            case "aws:kms" -> BucketEncryption.Kind.SSE_KMS;
            case "aws:kms:dsse" -> BucketEncryption.Kind.DSSE_KMS;
            default -> BucketEncryption.Kind.NONE;
        };
        return new BucketEncryption(kind, Optional.ofNullable(rule.kmsMasterKeyID()));
    }

    @SuppressWarnings("deprecation") // A rule's top-level Prefix is old but still sent by buckets set up long ago.
    static LifecycleRule rule(software.amazon.awssdk.services.s3.model.LifecycleRule rule) {
        LifecycleRuleFilter filter = rule.filter();
        String prefix = rule.prefix() != null ? rule.prefix() : "";
        boolean needsTags = false;
        if (filter != null) {
            if (filter.prefix() != null) {
                prefix = filter.prefix();
            }
            if (filter.and() != null) {
                prefix = filter.and().prefix() == null ? prefix : filter.and().prefix();
                needsTags = filter.and().hasTags() && !filter.and().tags().isEmpty();
            }
            needsTags = needsTags || filter.tag() != null;
        }
        var expiration = rule.expiration();
        var noncurrent = rule.noncurrentVersionExpiration();
        return new LifecycleRule(rule.id(), rule.status() == ExpirationStatus.ENABLED, prefix, needsTags,
                expiration != null && expiration.days() != null ? OptionalInt.of(expiration.days()) : OptionalInt.empty(),
                expiration != null && expiration.date() != null,
                noncurrent != null && noncurrent.noncurrentDays() != null
                        ? OptionalInt.of(noncurrent.noncurrentDays()) : OptionalInt.empty());
    }

    private static Optional<String> headerRegion(AwsServiceException e) {
        return Optional.ofNullable(e.awsErrorDetails()).map(details -> details.sdkHttpResponse())
                .flatMap(response -> response.firstMatchingHeader(REGION_HEADER)).filter(name -> !name.isBlank());
    }

    private static String code(AwsServiceException e) {
        return AwsErrorTranslator.errorCode(e).orElse("");
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
