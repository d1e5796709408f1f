package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.images.StoredImage;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;
import javafx.scene.image.Image;

/**
 * Decoded thumbnails in memory (never on disk), the ones shown last, bounded by what they cost, so browsing back to
 * a session shows it at once. An object rewritten in S3 gets a new entry (size and time are part of the key).
 *
 * <p>The JDK's access-ordered map rather than Caffeine: each thumbnail is fetched once and shown a few times, and
 * Caffeine's admission policy keeps the entries read most often, so once full it turned the newest thumbnails
 * away (after 300 sessions the last session's five were never kept: ThumbnailCacheTest). Here the least recently
 * shown goes first.
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

    private final long maxBytes;
    private final LinkedHashMap<Key, Image> shownLast = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;

    public ThumbnailCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The thumbnail if kept; it becomes the one shown last. */
    public synchronized Optional<Image> get(StoredImage image) {
        return Optional.ofNullable(shownLast.get(keyOf(image)));
    }

    /** Keeps it as the one shown last, letting go of the least recently shown until the cache is within bounds. */
    public synchronized void put(StoredImage image, Image thumbnail) {
        Image replaced = shownLast.put(keyOf(image), thumbnail);
        if (replaced != null) {
            keptBytes -= keptBytes(replaced);
        }
        keptBytes += keptBytes(thumbnail);
        Iterator<Image> leastRecentFirst = shownLast.values().iterator();
        while (keptBytes > maxBytes && leastRecentFirst.hasNext()) {
            keptBytes -= keptBytes(leastRecentFirst.next());
            leastRecentFirst.remove();
        }
    }

    public synchronized long size() {
        return shownLast.size();
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
