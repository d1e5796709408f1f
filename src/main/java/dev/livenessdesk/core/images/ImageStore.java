package dev.livenessdesk.core.images;

import dev.livenessdesk.core.failure.ServiceException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where Rekognition put a session's images: S3 as this app browses it. Every method blocks. */
public interface ImageStore {

    /** Sessions under a prefix, one page at a time; pass the previous page's token for the next. */
    Page<SessionFolder> sessions(String bucket, String prefix, Optional<String> pageToken, int pageSize)
            throws ServiceException;

    /** The images of one session under a prefix, reference first, then audits in order, then others. */
    List<StoredImage> imagesOf(String bucket, String prefix, String sessionId) throws ServiceException;

    /** The bytes of one object, in memory only (biometric data is never cached on disk). */
    byte[] read(S3Location location) throws ServiceException;

    /** A presigned GET URL valid for at most the given time. */
    PresignedLink presign(S3Location location, Duration validFor) throws ServiceException;
}
