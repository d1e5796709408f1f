package dev.livenessdesk.ui.review;

import dev.livenessdesk.ui.common.PictureBytes;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.failure.ServiceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * One session's pictures as the review screen shows them: fetched from S3 into memory (never to disk) and decoded
 * at the size they are shown, off the FX thread; the face box from the service's results when it still has them.
 *
 * @param faceBox   where the face is in the reference image; empty when the service no longer answers for it
 * @param failure   why the pictures could not be read; empty when they were
 */
public record ReviewImages(String sessionId, Optional<Image> reference, Optional<BoundingBox> faceBox,
                           List<Image> audits, Optional<String> failure) {

    /** The largest a picture is decoded at: the review screen's own size, whatever the stored picture's. */
    public record ShownSize(double referenceWidth, double referenceHeight, double auditWidth, double auditHeight) {
    }

    /** Reads and decodes a session's pictures; blocking, for a worker thread. */
    static ReviewImages fetch(ReviewCandidate session, ImageStore images, Optional<LivenessSessions> service,
                              ShownSize size) {
        try {
            List<StoredImage> stored = images.imagesOf(session.place().bucket(), session.place().prefix(),
                    session.sessionId());
            Optional<Image> reference = Optional.empty();
            List<Image> audits = new ArrayList<>();
            for (StoredImage image : stored) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (image.kind() == ImageKind.REFERENCE && reference.isEmpty()) {
                    reference = Optional.of(decode(images.read(image.location()), size.referenceWidth(),
                            size.referenceHeight()));
                } else if (image.kind() == ImageKind.AUDIT) {
                    audits.add(decode(images.read(image.location()), size.auditWidth(), size.auditHeight()));
                }
            }
            return new ReviewImages(session.sessionId(), reference, faceBox(session, service), audits,
                    stored.isEmpty() ? Optional.of(ReviewText.get("images.none")) : Optional.empty());
        } catch (ServiceException failed) {
            return new ReviewImages(session.sessionId(), Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(failed.error().message()));
        }
    }

    /** The face box of the reference image; a session the service forgot (after its time) simply has none. */
    private static Optional<BoundingBox> faceBox(ReviewCandidate session, Optional<LivenessSessions> service) {
        if (service.isEmpty()) {
            return Optional.empty();
        }
        try {
            SessionResults results = service.get().results(session.sessionId());
            return results.referenceImage().flatMap(ResultImage::boundingBox);
        } catch (ServiceException | RuntimeException notAnymore) {
            return Optional.empty();
        }
    }

    private static Image decode(byte[] bytes, double width, double height) {
        return PictureBytes.decode(bytes, width, height, true, true);
    }
}
