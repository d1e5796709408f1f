package dev.livenessdesk.aws;

import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * S3's own refusals in words a support person understands: which permission is missing (s3:ListBucket,
 * s3:GetObject, kms:Decrypt), a missing bucket or key, a bucket in another region. Everything S3 shares with
 * other services (credentials, SSO, network, throttling, clock skew) goes to {@link AwsErrorTranslator}.
 */
public final class S3ErrorTranslator {

    /** What the failed call was doing, which names the permission it needed. */
    public enum S3Action {
        LIST("s3:ListBucket"), GET("s3:GetObject"), PUT("s3:PutObject");

        private final String permission;

        S3Action(String permission) {
            this.permission = permission;
        }

        public String permission() {
            return permission;
        }
    }

    private static final Pattern EXPECTED_REGION = Pattern.compile("expecting '([a-z0-9-]+)'");

    private S3ErrorTranslator() {
    }

    /**
     * @param keyOrPrefix the object key (GET) or the listed prefix (LIST), for the message
     */
    public static ServiceException translate(Throwable error, S3Action action, String bucket, String keyOrPrefix,
                                             ConnectionSettings connection) {
        if (error instanceof AbortedException || Thread.currentThread().isInterrupted()) {
            return cancelled(bucket, keyOrPrefix, error);
        }
        if (!(error instanceof AwsServiceException service)) {
            return fallback(error, action, connection);
        }
        String code = Optional.ofNullable(service.awsErrorDetails()).map(d -> d.errorCode()).orElse("");
        boolean wrongRegion = service.statusCode() == 301 || "PermanentRedirect".equals(code)
                || "AuthorizationHeaderMalformed".equals(code) || "IllegalLocationConstraintException".equals(code);
        Optional<String> bucketRegion = wrongRegion ? bucketRegion(service) : Optional.empty();
        if (bucketRegion.isPresent() && !bucketRegion.get().equals(connection.region())) {
            ServiceError words = error(service, ErrorKind.BUCKET_IN_OTHER_REGION,
                    S3Messages.get("s3.otherRegion", bucket, keyOrPrefix, bucketRegion.get(), connection.region()),
                    S3Messages.get("s3.otherRegion.next", bucket, keyOrPrefix, bucketRegion.get()));
            return new BucketInOtherRegionException(words, bucketRegion.get(), error);
        }
        if (wrongRegion) {
            return new ServiceException(error(service, ErrorKind.BUCKET_IN_OTHER_REGION,
                    S3Messages.get("s3.otherRegion.unknown", bucket, keyOrPrefix, "", connection.region()),
                    S3Messages.get("s3.otherRegion.unknown.next")), error);
        }
        if (code.startsWith("KMS.")) {
            return kmsDenied(service, bucket, keyOrPrefix, Optional.empty());
        }
        switch (code) {
            case "NoSuchBucket":
                return new ServiceException(error(service, ErrorKind.NO_SUCH_BUCKET,
                        S3Messages.get("s3.noSuchBucket", bucket, keyOrPrefix, connection.region()),
                        S3Messages.get("s3.noSuchBucket.next")), error);
            case "NoSuchKey":
                return new ServiceException(error(service, ErrorKind.NOT_FOUND,
                        S3Messages.get("s3.noSuchKey", bucket, keyOrPrefix),
                        S3Messages.get("s3.noSuchKey.next")), error);
            case "AccessDenied":
            case "AllAccessDisabled":
                if (mentionsKms(service)) {
                    return kmsDenied(service, bucket, keyOrPrefix, Optional.empty());
                }
                String prefix = switch (action) {
                    case LIST -> "s3.denied.list";
                    case GET -> "s3.denied.get";
                    case PUT -> "s3.denied.put";
                };
                return new ServiceException(error(service, ErrorKind.ACCESS_DENIED,
                        S3Messages.get(prefix, bucket, keyOrPrefix),
                        S3Messages.get(prefix + ".next", bucket, keyOrPrefix)), error);
            default:
                return fallback(error, action, connection);
        }
    }

    /** An SSE-KMS object the credentials may read from S3 but not decrypt. */
    public static ServiceException kmsDenied(Throwable error, String bucket, String key, Optional<String> kmsKeyId) {
        String message = kmsKeyId.map(id -> S3Messages.get("s3.denied.kms", bucket, key, id))
                .orElseGet(() -> S3Messages.get("s3.denied.kms.unknownKey", bucket, key));
        ServiceError words = error instanceof AwsServiceException service
                ? error(service, ErrorKind.KMS_ACCESS_DENIED, message, S3Messages.get("s3.denied.kms.next"))
                : ServiceError.of(ErrorKind.KMS_ACCESS_DENIED, message, S3Messages.get("s3.denied.kms.next"));
        return new ServiceException(words, error);
    }

    static ServiceException cancelled(String bucket, String key, Throwable cause) {
        return new ServiceException(ServiceError.of(ErrorKind.CANCELLED,
                S3Messages.get("s3.cancelled", bucket, key), ""), cause);
    }

    private static ServiceException fallback(Throwable error, S3Action action, ConnectionSettings connection) {
        return new ServiceException(AwsErrorTranslator.translate(error, action.permission(), connection), error);
    }

    private static Optional<String> bucketRegion(AwsServiceException service) {
        Optional<String> header = Optional.ofNullable(service.awsErrorDetails())
                .map(d -> d.sdkHttpResponse())
                .flatMap(r -> r.firstMatchingHeader("x-amz-bucket-region"));
        if (header.isPresent()) {
            return header;
        }
        Matcher matcher = EXPECTED_REGION.matcher(String.valueOf(service.getMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean mentionsKms(AwsServiceException service) {
        return String.valueOf(service.getMessage()).toLowerCase(Locale.ROOT).contains("kms");
    }

    private static ServiceError error(AwsServiceException service, ErrorKind kind, String message, String nextStep) {
        return AwsErrorTranslator.fromAnswer(kind, service, message, nextStep);
    }
}
