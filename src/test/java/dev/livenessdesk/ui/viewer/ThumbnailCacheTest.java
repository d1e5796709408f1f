package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.StoredImage;
import java.time.Instant;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ThumbnailCacheTest {

    @BeforeAll
    static void toolkit() {
        FxToolkit.start();
    }

    @Test
    void aThumbnailCostsItsPixelsAndItsTextureEightBytesAPixel() {
        assertThat(ThumbnailCache.keptBytes(new WritableImage(160, 120))).isEqualTo(160 * 120 * 8);
        assertThat(ThumbnailCache.keptBytes(new WritableImage(1, 1))).isEqualTo(8);
    }

    @Test
    void theDefaultKeepsTheLastThirtySessionsFivePicturesAndNotTheThreeHundredBefore() {
        ThumbnailCache cache = new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES);
        Image thumbnail = new WritableImage(160, 120);
        for (int i = 0; i < 1500; i++) {
            cache.put(stored("session-" + (i / 5) + "/audit-" + (i % 5) + ".jpg"), thumbnail);
        }

        long kept = cache.size();
        assertThat(kept).isBetween(150L, ThumbnailCache.DEFAULT_MAX_BYTES / (160 * 120 * 8));
    }

    @Test
    void aPictureReadAgainIsTheOneKeptAndARewrittenObjectIsNot() {
        ThumbnailCache cache = new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES);
        Image thumbnail = new WritableImage(160, 120);
        StoredImage first = stored("session-1/reference.jpg");
        cache.put(first, thumbnail);

        assertThat(cache.get(first)).containsSame(thumbnail);
        StoredImage rewritten = new StoredImage(first.location(), first.sessionId(), first.kind(),
                first.auditIndex(), first.sizeBytes(), first.lastModified().plusSeconds(60));
        assertThat(cache.get(rewritten)).isEmpty();
    }

    private static StoredImage stored(String key) {
        return new StoredImage(new S3Location("bucket", key), key.substring(0, key.indexOf('/')), ImageKind.AUDIT, 1,
                20_000, Instant.parse("2026-12-07T01:00:00Z"));
    }
}
