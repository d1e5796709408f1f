package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.sandbox.SandboxImageStore;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A full-size view carries the face box the service returned for exactly that image, and none for another. */
class FullSizeImagesTest {

    private static final S3Location REFERENCE = new S3Location("liveness-images", "checks/s1/reference.jpg");
    private static final S3Location AUDIT = new S3Location("liveness-images", "checks/s1/audit_0.jpg");

    private static ThumbnailTile tile(S3Location where, ImageKind kind) {
        return new ThumbnailTile(new StoredImage(where, "s1", kind, kind == ImageKind.AUDIT ? 0 : -1, 10,
                Instant.parse("2025-03-01T10:00:00Z")));
    }

    @Test
    void theFaceBoxGoesWithTheImageItWasGivenFor() {
        FullSizeImages fullSize = new FullSizeImages(new SynchronousTaskRunner(), text -> { },
                name -> Optional.empty());
        SandboxImageStore store = new SandboxImageStore(Clock.systemUTC());
        BoundingBox box = new BoundingBox(0.25, 0.2, 0.5, 0.4);

        assertThat(fullSize.of(store, tile(REFERENCE, ImageKind.REFERENCE)).faceBoxProperty().get())
                .as("no box before the service sent one").isEmpty();

        fullSize.addFaceBoxes(Map.of(REFERENCE, box));

        assertThat(fullSize.of(store, tile(REFERENCE, ImageKind.REFERENCE)).faceBoxProperty().get()).contains(box);
        assertThat(fullSize.of(store, tile(AUDIT, ImageKind.AUDIT)).faceBoxProperty().get()).isEmpty();
    }
}
