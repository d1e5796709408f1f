package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One image at full size, opened from its thumbnail: its own view model on the pane's store, with the face box the
 * service returned for that image when there was one (the results give boxes by where each image is kept).
 */
final class FullSizeImages {

    private final TaskRunner runner;
    private final ClipboardService clipboard;
    private final SaveFileChooser saveFileChooser;
    private final Map<S3Location, BoundingBox> faceBoxes = new ConcurrentHashMap<>();

    FullSizeImages(TaskRunner runner, ClipboardService clipboard, SaveFileChooser saveFileChooser) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.saveFileChooser = Objects.requireNonNull(saveFileChooser, "saveFileChooser");
    }

    /** Keeps the service's face boxes, by where each image is, for the full-size views opened later. */
    void addFaceBoxes(Map<S3Location, BoundingBox> boxes) {
        faceBoxes.putAll(boxes);
    }

    /** The full-size view of the tile's image, read from the store, its face box drawn when one is known. */
    ImageDetailViewModel of(ImageStore store, ThumbnailTile tile) {
        ImageDetailViewModel detail = new ImageDetailViewModel(runner, store, tile.image(), clipboard,
                saveFileChooser);
        detail.faceBoxProperty().set(Optional.ofNullable(faceBoxes.get(tile.image().location())));
        return detail;
    }
}
