package dev.livenessdesk.aws;

import dev.livenessdesk.aws.S3ErrorTranslator.S3Action;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Reads one object into memory, never to disk (biometric data), refusing objects above a size cap and stopping
 * between chunks when the thread is interrupted (the user moved on).
 */
final class S3ObjectReader {

    private static final int CHUNK = 64 * 1024;

    private final S3Client s3;
    private final ConnectionSettings connection;
    private final long maxBytes;

    S3ObjectReader(S3Client s3, ConnectionSettings connection, long maxBytes) {
        this.s3 = s3;
        this.connection = connection;
        this.maxBytes = maxBytes;
    }

    byte[] read(S3Location location) throws ServiceException {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(location.bucket()).key(location.key());
        location.version().ifPresent(request::versionId);
        ResponseInputStream<GetObjectResponse> body;
        try {
            body = s3.getObject(request.build());
        } catch (AwsServiceException e) {
            throw refusal(e, location);
        } catch (SdkException e) {
            throw S3ErrorTranslator.translate(e, S3Action.GET, location.bucket(), location.key(), connection);
        }
        try (body) {
            long length = body.response().contentLength() == null ? -1 : body.response().contentLength();
            if (length > maxBytes) {
                body.abort();
                throw tooLarge(location, length);
            }
            return drain(body, location, length);
        } catch (IOException e) {
            // Closing a half-read stream can fail too; the bytes (or the error) are already decided.
            throw dropped(location, 0, -1, e);
        }
    }

    private byte[] drain(ResponseInputStream<GetObjectResponse> body, S3Location location, long length)
            throws ServiceException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(length > 0 ? (int) length : CHUNK);
        byte[] chunk = new byte[CHUNK];
        try {
            int read;
            while ((read = readChunk(body, chunk)) != -1) {
                if (Thread.currentThread().isInterrupted()) {
                    body.abort();
                    throw S3ErrorTranslator.cancelled(location.bucket(), location.key(), null);
                }
                bytes.write(chunk, 0, read);
                if (bytes.size() > maxBytes) {
                    body.abort();
                    throw tooLarge(location, bytes.size());
                }
            }
        } catch (IOException | SdkException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw S3ErrorTranslator.cancelled(location.bucket(), location.key(), e);
            }
            throw dropped(location, bytes.size(), length, e);
        }
        if (length >= 0 && bytes.size() < length) {
            throw dropped(location, bytes.size(), length, null);
        }
        return bytes.toByteArray();
    }

    private static int readChunk(InputStream body, byte[] chunk) throws IOException {
        return body.read(chunk);
    }

    /** S3 said no: for AccessDenied, a HEAD (which needs no kms:Decrypt) tells a KMS refusal from a missing grant. */
    private ServiceException refusal(AwsServiceException error, S3Location location) {
        String code = error.awsErrorDetails() == null ? "" : error.awsErrorDetails().errorCode();
        if ("AccessDenied".equals(code)) {
            Optional<HeadObjectResponse> head = headQuietly(location);
            if (head.isPresent() && head.get().serverSideEncryption() == ServerSideEncryption.AWS_KMS) {
                return S3ErrorTranslator.kmsDenied(error, location.bucket(), location.key(),
                        Optional.ofNullable(head.get().ssekmsKeyId()));
            }
        }
        return S3ErrorTranslator.translate(error, S3Action.GET, location.bucket(), location.key(), connection);
    }

    private Optional<HeadObjectResponse> headQuietly(S3Location location) {
        try {
            HeadObjectRequest.Builder head = HeadObjectRequest.builder().bucket(location.bucket()).key(location.key());
            location.version().ifPresent(head::versionId);
            return Optional.of(s3.headObject(head.build()));
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    private ServiceException tooLarge(S3Location location, long size) {
        return new TooLarge(ServiceError.of(ErrorKind.UNKNOWN,
                S3Messages.get("s3.tooLarge", location.bucket(), location.key(), humanSize(size), humanSize(maxBytes)),
                S3Messages.get("s3.tooLarge.next")));
    }

    /**
     * The object is larger than the cap: a fact about this one object (a caller reading many counts it and goes
     * on), unlike a refusal or a network failure, which concern the whole bucket.
     */
    static final class TooLarge extends ServiceException {

        private static final long serialVersionUID = 1L;

        TooLarge(ServiceError error) {
            super(error);
        }
    }

    private static ServiceException dropped(S3Location location, long got, long expected, Throwable cause) {
        return new ServiceException(ServiceError.of(ErrorKind.NETWORK,
                S3Messages.get("s3.dropped", location.bucket(), location.key(), got,
                        expected < 0 ? "?" : Long.toString(expected)),
                S3Messages.get("s3.dropped.next")), cause);
    }

    private static String humanSize(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
