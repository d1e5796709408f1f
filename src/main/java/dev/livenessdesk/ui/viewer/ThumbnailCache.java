package dev.livenessdesk.ui.viewer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.livenessdesk.core.images.StoredImage;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Decoded thumbnails in memory (never on disk), bounded by what they cost, so browsing back to a session shows it
 * at once. An object rewritten in S3 gets a new entry (size and time are part of the key).
 */
public final class ThumbnailCache {

    /**
     * About 160 thumbnails of 160x120: the last 30 sessions' five pictures. It was 64 MB of pixels, twice that with
     * the textures, and after 300 sandbox sessions the full cache was most of what the idle window kept
     * (bench/README).
     */
    public static final long DEFAULT_MAX_BYTES = 24L * 1024 * 1024;

    private record Key(String bucket, String key, Optional<String> version, long size, Instant lastModified) {
    }

    private final Cache<Key, Image> cache;

    public ThumbnailCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key key, Image image) -> keptBytes(image))
                .build();
    }

    public Optional<Image> get(StoredImage image) {
        return Optional.ofNullable(cache.getIfPresent(keyOf(image)));
    }

    public void put(StoredImage image, Image thumbnail) {
        cache.put(keyOf(image), thumbnail);
    }

    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * Eight bytes a pixel: the decoded picture (four), and the renderer's texture of it (four more), which JavaFX
     * keeps for as long as the picture lives once it has been shown.
     */
    static int keptBytes(Image image) {
        long bytes = (long) Math.ceil(image.getWidth()) * (long) Math.ceil(image.getHeight()) * 8L;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes));
    }

    private static Key keyOf(StoredImage image) {
        return new Key(image.location().bucket(), image.location().key(), image.location().version(),
                image.sizeBytes(), image.lastModified());
    }
}
