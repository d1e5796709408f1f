package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * One image of a session's results, decoded in memory (never written to disk), with where its face is and where
 * it is kept in S3 when it came from there; or why it could not be shown.
 *
 * @param thumbnail the same picture decoded at the thumbnail row's size: a full-size picture scaled down in every
 *                  frame kept the renderer, and so the FX thread, busy (bench/fx-stall)
 */
public record ResultPicture(ImageKind kind, int auditIndex, String label, Optional<Image> image,
                            Optional<Image> thumbnail, Optional<BoundingBox> faceBox, Optional<S3Location> location,
                            Optional<String> problem) {

    /** The thumbnail row's box; pictures are decoded at twice it, sharp on a screen that doubles pixels. */
    public static final double THUMBNAIL_WIDTH = 96;
    public static final double THUMBNAIL_HEIGHT = 84;
}
