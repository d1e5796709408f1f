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
    void afterThreeHundredSessionsTheLastThirtySessionsPicturesAreTheOnesKept() {
        ThumbnailCache cache = new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES);
        Image thumbnail = new WritableImage(160, 120);
        for (int session = 0; session < 300; session++) {
            for (int picture = 0; picture < 5; picture++) {
                StoredImage image = stored(session, picture);
                if (cache.get(image).isEmpty()) {
                    cache.put(image, thumbnail);
                }
            }
        }

        assertThat(cache.size()).isBetween(150L, ThumbnailCache.DEFAULT_MAX_BYTES / (160 * 120 * 8));
        for (int session = 270; session < 300; session++) {
            for (int picture = 0; picture < 5; picture++) {
                assertThat(cache.get(stored(session, picture))).as("session %d, picture %d", session, picture)
                        .isPresent();
            }
        }
        assertThat(cache.get(stored(0, 0))).isEmpty();
        assertThat(cache.get(stored(250, 0))).isEmpty();
    }

    @Test
    void aThumbnailShownAgainOutlivesTheOnesShownOnceSince() {
        ThumbnailCache cache = new ThumbnailCache(10 * 160 * 120 * 8);
        Image thumbnail = new WritableImage(160, 120);
        for (int picture = 0; picture < 10; picture++) {
            cache.put(stored(0, picture), thumbnail);
        }
        cache.get(stored(0, 0));

        cache.put(stored(1, 0), thumbnail);

        assertThat(cache.size()).isEqualTo(10);
        assertThat(cache.get(stored(0, 0))).isPresent();
        assertThat(cache.get(stored(0, 1))).as("the least recently shown").isEmpty();
    }

    @Test
    void aPictureReadAgainIsTheOneKeptAndARewrittenObjectIsNot() {
        ThumbnailCache cache = new ThumbnailCache(ThumbnailCache.DEFAULT_MAX_BYTES);
        Image thumbnail = new WritableImage(160, 120);
        StoredImage first = stored(1, 0);
        cache.put(first, thumbnail);

        assertThat(cache.get(first)).containsSame(thumbnail);
        StoredImage rewritten = new StoredImage(first.location(), first.sessionId(), first.kind(),
                first.auditIndex(), first.sizeBytes(), first.lastModified().plusSeconds(60));
        assertThat(cache.get(rewritten)).isEmpty();
    }

    private static StoredImage stored(int session, int picture) {
        String sessionId = "session-" + session;
        return new StoredImage(new S3Location("bucket", sessionId + "/audit-" + picture + ".jpg"), sessionId,
                ImageKind.AUDIT, picture + 1, 20_000, Instant.parse("2026-12-07T01:00:00Z"));
    }
}
