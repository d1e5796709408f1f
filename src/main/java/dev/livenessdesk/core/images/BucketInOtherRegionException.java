package dev.livenessdesk.core.images;

import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;

import java.util.Objects;

/** The bucket lives in another region than the connection's: carries that region so a screen can offer to switch. */
public class BucketInOtherRegionException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final String bucketRegion;

    public BucketInOtherRegionException(ServiceError error, String bucketRegion, Throwable cause) {
        super(error, cause);
        this.bucketRegion = Objects.requireNonNull(bucketRegion, "bucketRegion");
    }

    public String bucketRegion() {
        return bucketRegion;
    }
}
