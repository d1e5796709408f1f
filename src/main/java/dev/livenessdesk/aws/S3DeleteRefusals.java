package dev.livenessdesk.aws;

import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.erasure.ObjectVersion;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectLegalHoldResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRetentionResponse;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Why S3 kept one key of a DeleteObjects call. S3 answers an Object Lock refusal with the same AccessDenied as a
 * missing permission, so a refused version's retention and legal hold are asked for: the date it ends, or the hold.
 */
final class S3DeleteRefusals {

    private static final Set<String> SLOW_DOWN = Set.of("SlowDown", "InternalError", "ServiceUnavailable");

    private final S3Client s3;
    private final String owner;
    private final String permission;

    S3DeleteRefusals(S3Client s3, String owner, String permission) {
        this.s3 = s3;
        this.owner = owner;
        this.permission = permission;
    }

    NotDeleted explain(String bucket, ObjectVersion version, S3Error error) {
        String code = error.code() == null ? "" : error.code();
        if (SLOW_DOWN.contains(code)) {
            return new NotDeleted(version, NotDeleted.Reason.THROTTLED, S3Messages.get("erase.throttled", code),
                    Optional.empty());
        }
        if (!"AccessDenied".equals(code)) {
            return new NotDeleted(version, NotDeleted.Reason.OTHER,
                    S3Messages.get("erase.other", String.valueOf(error.message()), code), Optional.empty());
        }
        Optional<NotDeleted> locked = lock(bucket, version);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (String.valueOf(error.message()).toLowerCase(java.util.Locale.ROOT).contains("object lock")) {
            return new NotDeleted(version, NotDeleted.Reason.RETENTION, S3Messages.get("erase.lockUnreadable"),
                    Optional.empty());
        }
        return new NotDeleted(version, NotDeleted.Reason.ACCESS_DENIED,
                S3Messages.get("erase.denied", permission, bucket, version.key()), Optional.empty());
    }

    /** The version's legal hold or retention, when it has one and the credentials may read it. */
    private Optional<NotDeleted> lock(String bucket, ObjectVersion version) {
        try {
            GetObjectLegalHoldResponse hold = s3.getObjectLegalHold(request -> request.bucket(bucket)
                    .key(version.key()).versionId(version.versionId()).expectedBucketOwner(owner));
            if (hold.legalHold() != null && hold.legalHold().status() == ObjectLockLegalHoldStatus.ON) {
                return Optional.of(new NotDeleted(version, NotDeleted.Reason.LEGAL_HOLD,
                        S3Messages.get("erase.legalHold"), Optional.empty()));
            }
        } catch (RuntimeException noHoldOrNotAllowed) {
            // No legal hold configured answers 404; a refusal to read it leaves the retention to tell.
        }
        try {
            GetObjectRetentionResponse retention = s3.getObjectRetention(request -> request.bucket(bucket)
                    .key(version.key()).versionId(version.versionId()).expectedBucketOwner(owner));
            if (retention.retention() != null && retention.retention().retainUntilDate() != null
                    && retention.retention().retainUntilDate().isAfter(Instant.now())) {
                Instant until = retention.retention().retainUntilDate();
                return Optional.of(new NotDeleted(version, NotDeleted.Reason.RETENTION,
                        S3Messages.get("erase.retention", until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                                retention.retention().modeAsString()), Optional.of(until)));
            }
        } catch (RuntimeException noRetentionOrNotAllowed) {
            // Nothing more to tell: the caller words it from the refusal itself.
        }
        return Optional.empty();
    }
}
