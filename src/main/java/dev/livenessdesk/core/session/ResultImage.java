package dev.livenessdesk.core.session;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;

import java.util.Optional;

/**
 * An image in a session's results: in S3 when the session had an output bucket (the key is authoritative), or
 * as bytes when it had none. The bytes are biometric data: they live in memory only.
 */
public record ResultImage(ImageKind kind, int auditIndex, Optional<S3Location> s3Object, Optional<byte[]> bytes,
                          Optional<BoundingBox> boundingBox) {

    public ResultImage {
        s3Object = s3Object == null ? Optional.empty() : s3Object;
        bytes = bytes == null ? Optional.empty() : bytes;
        boundingBox = boundingBox == null ? Optional.empty() : boundingBox;
    }
}
