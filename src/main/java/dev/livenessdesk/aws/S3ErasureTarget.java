package dev.livenessdesk.aws;

import dev.livenessdesk.core.connection.CallerIdentity;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.connection.IdentityService;
import dev.livenessdesk.core.erasure.BucketFacts;
import dev.livenessdesk.core.erasure.DeleteAnswer;
import dev.livenessdesk.core.erasure.ErasureReceipt;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.NotDeleted;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.files.LineBreaks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.DeletedObject;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MFADeleteStatus;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The erasure's bucket side on S3: ListObjectVersions for every version and delete marker, DeleteObjects by
 * version id in batches of at most 1,000, and S3's refusals turned into reasons (Object Lock's date, a legal hold,
 * MFA delete, the missing permission). Every call names the caller's account as the expected bucket owner, so
 * nothing is ever deleted in another account's bucket; when that is why S3 refused, the words say so.
 */
public final class S3ErasureTarget implements ErasureTarget {

    private static final String DELETE_VERSION = "s3:DeleteObjectVersion";
    private static final String DELETE_OBJECT = "s3:DeleteObject";
    /** The version id S3 gives the one version of an object in a bucket never versioned. */
    private static final String NULL_VERSION = "null";

    private final AwsClients clients;
    private final ConnectionSettings connection;
    private final Map<String, BucketFacts> factsByBucket = new ConcurrentHashMap<>();
    private final KnownCaller caller;

    public S3ErasureTarget(AwsClients clients, ConnectionSettings connection, IdentityService identity) {
        this.clients = clients;
        this.connection = connection;
        this.caller = new KnownCaller(identity, connection);
    }

    @Override
    public BucketFacts bucketFacts(String bucket) throws ServiceException {
        String owner = caller().account();
        try {
            GetBucketVersioningResponse versioning = s3().getBucketVersioning(request -> request.bucket(bucket)
                    .expectedBucketOwner(owner));
            BucketFacts facts = new BucketFacts(versioning.status() == null
                    || versioning.status() == BucketVersioningStatus.UNKNOWN_TO_SDK_VERSION ? ""
                    : versioning.statusAsString(), versioning.mfaDelete() == MFADeleteStatus.ENABLED);
            factsByBucket.put(bucket, facts);
            return facts;
        } catch (RuntimeException e) {
            ServiceException failed = failure(e, bucket, "s3:GetBucketVersioning");
            if (failed.error().kind() != ErrorKind.ACCESS_DENIED) {
                throw failed;
            }
            // Without s3:GetBucketVersioning the desk still erases every version it lists; it cannot tell more.
            BucketFacts unknown = new BucketFacts("Unknown", false);
            factsByBucket.put(bucket, unknown);
            return unknown;
        }
    }

    /**
     * In a bucket never versioned (known from {@link #bucketFacts}) every object is its one "null" version, and
     * ListObjectsV2 lists exactly those: it needs only s3:ListBucket, which the desk has anyway, and S3 and its
     * emulators answer it as cheaply as any listing. Otherwise (versioned, suspended, or not known)
     * ListObjectVersions, for every version and delete marker.
     */
    @Override
    public List<ObjectVersion> versionsUnder(String bucket, String keyPrefix) throws ServiceException {
        BucketFacts facts = factsByBucket.get(bucket);
        if (facts != null && !facts.everVersioned()) {
            return objectsUnder(bucket, keyPrefix);
        }
        String owner = caller().account();
        List<ObjectVersion> versions = new ArrayList<>();
        try {
            for (ListObjectVersionsResponse page : s3().listObjectVersionsPaginator(request -> request.bucket(bucket)
                    .prefix(keyPrefix).expectedBucketOwner(owner).maxKeys(BATCH_LIMIT))) {
                for (software.amazon.awssdk.services.s3.model.ObjectVersion version : page.versions()) {
                    versions.add(new ObjectVersion(version.key(), version.versionId(),
                            version.size() == null ? 0 : version.size(), lastModified(version.lastModified()), false));
                }
                for (DeleteMarkerEntry marker : page.deleteMarkers()) {
                    versions.add(new ObjectVersion(marker.key(), marker.versionId(), 0,
                            lastModified(marker.lastModified()), true));
                }
            }
        } catch (RuntimeException e) {
            throw failure(e, bucket, "s3:ListBucketVersions");
        }
        versions.sort(Comparator.comparing(ObjectVersion::key));
        return versions;
    }

    private List<ObjectVersion> objectsUnder(String bucket, String keyPrefix) throws ServiceException {
        String owner = caller().account();
        List<ObjectVersion> objects = new ArrayList<>();
        try {
            for (ListObjectsV2Response page : s3().listObjectsV2Paginator(request -> request.bucket(bucket)
                    .prefix(keyPrefix).expectedBucketOwner(owner).maxKeys(BATCH_LIMIT))) {
                for (S3Object object : page.contents()) {
                    objects.add(new ObjectVersion(object.key(), NULL_VERSION, object.size() == null ? 0 : object.size(),
                            lastModified(object.lastModified()), false));
                }
            }
        } catch (RuntimeException e) {
            throw failure(e, bucket, "s3:ListBucket");
        }
        objects.sort(Comparator.comparing(ObjectVersion::key));
        return objects;
    }

    @Override
    public DeleteAnswer delete(String bucket, List<ObjectVersion> batch) throws ServiceException {
        if (batch.size() > BATCH_LIMIT) {
            throw new IllegalArgumentException("DeleteObjects takes at most " + BATCH_LIMIT + " keys");
        }
        if (batch.isEmpty()) {
            return new DeleteAnswer(List.of(), List.of());
        }
        BucketFacts facts = factsByBucket.containsKey(bucket) ? factsByBucket.get(bucket) : bucketFacts(bucket);
        // In a bucket never versioned the "null" version is the object: deleting it by key needs s3:DeleteObject.
        boolean byVersion = facts.everVersioned();
        String permission = byVersion ? DELETE_VERSION : DELETE_OBJECT;
        String owner = caller().account();
        List<ObjectIdentifier> identifiers = new ArrayList<>(batch.size());
        Map<String, ObjectVersion> sent = new HashMap<>();
        for (ObjectVersion version : batch) {
            ObjectIdentifier.Builder identifier = ObjectIdentifier.builder().key(version.key());
            if (byVersion) {
                identifier.versionId(version.versionId());
            }
            identifiers.add(identifier.build());
            sent.put(identityOf(version.key(), byVersion ? version.versionId() : null), version);
        }
        DeleteObjectsResponse answer;
        try {
            answer = s3().deleteObjects(request -> request.bucket(bucket).expectedBucketOwner(owner)
                    .delete(delete -> delete.objects(identifiers).quiet(false)));
        } catch (AwsServiceException e) {
            if (e.statusCode() == 403 && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("mfa")) {
                List<NotDeleted> kept = batch.stream().map(version -> new NotDeleted(version,
                        NotDeleted.Reason.MFA_DELETE, S3Messages.get("erase.mfa"), Optional.empty())).toList();
                return new DeleteAnswer(List.of(), kept);
            }
            throw failure(e, bucket, permission);
        } catch (RuntimeException e) {
            throw failure(e, bucket, permission);
        }
        List<ObjectVersion> deleted = new ArrayList<>();
        for (DeletedObject gone : answer.deleted()) {
            ObjectVersion version = sent.remove(identityOf(gone.key(), byVersion ? gone.versionId() : null));
            if (version != null) {
                deleted.add(version);
            }
        }
        List<NotDeleted> kept = new ArrayList<>();
        for (S3Error error : answer.errors()) {
            ObjectVersion version = sent.remove(identityOf(error.key(), byVersion ? error.versionId() : null));
            if (version != null) {
                kept.add(new S3DeleteRefusals(s3(), owner, permission).explain(bucket, version, error));
            }
        }
        // A version S3 named in neither list was not confirmed gone: it stays in the receipt.
        for (ObjectVersion unanswered : sent.values()) {
            kept.add(new NotDeleted(unanswered, NotDeleted.Reason.OTHER,
                    S3Messages.get("erase.other", "no answer for this key", "DeleteObjects"), Optional.empty()));
        }
        return new DeleteAnswer(deleted, kept);
    }

    @Override
    public String callerArn() throws ServiceException {
        return caller().arn();
    }

    @Override
    public void keepReceipt(String bucket, ErasureReceipt receipt) throws ServiceException {
        String owner = caller().account();
        try {
            BucketReceipt.put(s3(), bucket, receipt.bucketKey(), owner, receipt.document());
        } catch (RuntimeException e) {
            throw failure(e, bucket, "s3:PutObject");
        }
    }

    private CallerIdentity caller() throws ServiceException {
        return caller.get();
    }

    /**
     * A failed call in words. S3 answers a bucket of another account (the expected owner does not match) with a
     * plain AccessDenied: when the bucket answers a HEAD without the expected owner and refuses one with it, that is why.
     */
    private ServiceException failure(RuntimeException e, String bucket, String permission) {
        ServiceException translated = AwsErrorTranslator.exception(e, permission, connection);
        if (translated.error().kind() == ErrorKind.ACCESS_DENIED && inAnotherAccount(bucket)) {
            String account = caller.ifKnown().map(CallerIdentity::account).orElse("");
            return new ServiceException(ServiceError.of(ErrorKind.ACCESS_DENIED,
                    S3Messages.get("erase.otherAccount", bucket, account), S3Messages.get("erase.otherAccount.next")),
                    e);
        }
        return translated;
    }

    private boolean inAnotherAccount(String bucket) {
        Optional<CallerIdentity> known = caller.ifKnown();
        if (known.isEmpty()) {
            return false;
        }
        try {
            s3().headBucket(request -> request.bucket(bucket));
        } catch (RuntimeException unreachable) {
            return false;
        }
        try {
            s3().headBucket(request -> request.bucket(bucket).expectedBucketOwner(known.get().account()));
            return false;
        } catch (AwsServiceException refused) {
            return refused.statusCode() == 403;
        } catch (RuntimeException unclear) {
            return false;
        }
    }

    private static String identityOf(String key, String versionId) {
        return key + "\u0000" + (versionId == null ? "" : versionId);
    }

    private static Instant lastModified(Instant listed) {
        return listed == null ? Instant.EPOCH : listed;
    }

    private S3Client s3() {
        return clients.s3(connection);
    }
}
