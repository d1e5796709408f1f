package dev.livenessdesk.aws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A read-change-write of one session record that never loses a write another desk made in between: the record is
 * read with its ETag and written back only if it is still that version ({@code If-Match}), or only if there is still
 * none ({@code If-None-Match: *}); S3 answers 412 (or 409 for a write racing ours) otherwise, and the change is made
 * again on what is there now.
 */
final class ConditionalRecordWrite {

    /** Attempts before giving up: two desks rarely collide more than once or twice on one session. */
    static final int ATTEMPTS = 8;
    /** A record above this is refused: what reads records takes at most 64 KiB. */
    static final int MAX_BYTES = 60 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The record as it should be, given what is stored now (empty when there is none). */
    @FunctionalInterface
    interface Change {
        ObjectNode apply(Optional<ObjectNode> current) throws ServiceException;
    }

    private ConditionalRecordWrite() {
    }

    static void update(S3Client s3, ConnectionSettings connection, String bucket, String key, Change change)
            throws ServiceException {
        for (int attempt = 1; ; attempt++) {
            Optional<Stored> current = read(s3, connection, bucket, key);
            ObjectNode next = change.apply(current.map(Stored::record));
            byte[] bytes;
            try {
                bytes = JSON.writeValueAsBytes(next);
            } catch (JacksonException impossible) {
                throw new IllegalStateException(impossible);
            }
            if (bytes.length > MAX_BYTES) {
                throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER,
                        S3Messages.get("s3.record.full", bucket, key, MAX_BYTES / 1024),
                        S3Messages.get("s3.record.full.next")));
            }
            PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(bucket).key(key)
                    .contentType("application/json");
            if (current.isPresent()) {
                put.ifMatch(current.get().eTag());
            } else {
                put.ifNoneMatch("*");
            }
            try {
                s3.putObject(put.build(), RequestBody.fromBytes(bytes));
                return;
            } catch (S3Exception refused) {
                if (!isLostRace(refused)) {
                    throw S3ErrorTranslator.translate(refused, S3Action.PUT, bucket, key, connection);
                }
                if (attempt >= ATTEMPTS) {
                    throw new ServiceException(ServiceError.of(ErrorKind.THROTTLED,
                            S3Messages.get("s3.record.busy", bucket, key), S3Messages.get("s3.record.busy.next")));
                }
                pause(attempt, bucket, key);
            } catch (SdkException e) {
                throw S3ErrorTranslator.translate(e, S3Action.PUT, bucket, key, connection);
            }
        }
    }

    /** 412: the record changed (or appeared) since it was read; 409: a write raced ours. */
    static boolean isLostRace(S3Exception refused) {
        return refused.statusCode() == 412 || refused.statusCode() == 409;
    }

    private static void pause(int attempt, String bucket, String key) throws ServiceException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60L * attempt + 40));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw S3ErrorTranslator.cancelled(bucket, key, interrupted);
        }
    }

    private record Stored(ObjectNode record, String eTag) {
    }

    private static Optional<Stored> read(S3Client s3, ConnectionSettings connection, String bucket, String key)
            throws ServiceException {
        ResponseBytes<GetObjectResponse> got;
        try {
            got = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw S3ErrorTranslator.translate(e, S3Action.GET, bucket, key, connection);
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.GET, bucket, key, connection);
        }
        JsonNode node;
        try {
            node = got.asByteArray().length > MAX_BYTES ? null : JSON.readTree(got.asByteArray());
        } catch (java.io.IOException damaged) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new ServiceException(ServiceError.of(ErrorKind.INVALID_PARAMETER,
                    S3Messages.get("s3.record.notOurs", bucket, key), S3Messages.get("s3.record.notOurs.next")));
        }
        return Optional.of(new Stored((ObjectNode) node, got.response().eTag()));
    }
}
