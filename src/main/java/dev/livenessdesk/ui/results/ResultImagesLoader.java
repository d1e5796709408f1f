package dev.livenessdesk.ui.results;

import dev.livenessdesk.ui.common.PictureBytes;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.image.Image;

/** Turns a result's images into pictures: bytes decoded directly, S3 objects read through the image store first. */
final class ResultImagesLoader {

    private final Supplier<ImageStore> images;

    /** @param images asked only when an image lives in S3, so a session without a bucket needs no store */
    ResultImagesLoader(Supplier<ImageStore> images) {
        this.images = images;
    }

    /** Blocks: run it through the TaskRunner. One image that cannot be read does not hide the others. */
    List<ResultPicture> load(SessionResults results, TaskContext context) throws InterruptedException {
        List<ResultImage> all = new ArrayList<>();
        results.referenceImage().ifPresent(all::add);
        all.addAll(results.auditImages());
        List<ResultPicture> pictures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (context.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("image loading cancelled");
            }
            context.updateProgress(i, all.size());
            pictures.add(picture(all.get(i)));
        }
        return pictures;
    }

    private ResultPicture picture(ResultImage image) {
        String label = image.kind() == ImageKind.REFERENCE ? ResultsText.get("image.reference")
                : ResultsText.get("image.audit", image.auditIndex());
        try {
            byte[] bytes = image.bytes().isPresent() ? image.bytes().get() : read(image);
            Image decoded = PictureBytes.decode(bytes);
            if (decoded.isError()) {
                return failed(image, label, ResultsText.get("image.undecodable"));
            }
            Image thumbnail = PictureBytes.decode(bytes, 2 * ResultPicture.THUMBNAIL_WIDTH,
                    2 * ResultPicture.THUMBNAIL_HEIGHT, true, true);
            return new ResultPicture(image.kind(), image.auditIndex(), label, Optional.of(decoded),
                    Optional.of(thumbnail.isError() ? decoded : thumbnail), image.boundingBox(), image.s3Object(),
                    Optional.empty());
        } catch (ServiceException e) {
            return failed(image, label, e.error().fullText());
        } catch (UnsupportedOperationException e) {
            return failed(image, label, ResultsText.get("image.noStore"));
        }
    }

    private byte[] read(ResultImage image) throws ServiceException {
        if (image.s3Object().isEmpty()) {
            throw new UnsupportedOperationException("neither bytes nor an S3 object");
        }
        return images.get().read(image.s3Object().get());
    }

    private static ResultPicture failed(ResultImage image, String label, String problem) {
        return new ResultPicture(image.kind(), image.auditIndex(), label, Optional.empty(), Optional.empty(),
                image.boundingBox(), image.s3Object(), Optional.of(problem));
    }
}
