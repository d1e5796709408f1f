package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * One image of a session's results, decoded in memory (never written to disk), with where its face is and where
 * it is kept in S3 when it came from there; or why it could not be shown.
 */
public record ResultPicture(ImageKind kind, int auditIndex, String label, Optional<Image> image,
                            Optional<BoundingBox> faceBox, Optional<S3Location> location, Optional<String> problem) {
}
