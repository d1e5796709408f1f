package dev.livenessdesk.sandbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PageTokenRefused;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.SessionKeyLayout;
import dev.livenessdesk.core.images.SessionKeyLayout.ListedObject;
import dev.livenessdesk.core.images.StoredImage;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * S3 in memory, for the sandbox: any bucket name exists (empty until something is put in it), objects live only in
 * this process (the images are biometric-shaped data, so never on disk), and presigned links are visibly fake.
 * Sessions are listed newest first.
 */
public final class SandboxImageStore implements ImageStore {

    /** Links point here: a reserved name that can never resolve (RFC 2606), so no one mistakes them for S3. */
    public static final String LINK_HOST = "sandbox.invalid";

    private static final Comparator<SessionFolder> NEWEST_FIRST = Comparator
            .comparing((SessionFolder folder) -> folder.lastModified().orElse(Instant.EPOCH)).reversed()
            .thenComparing(SessionFolder::folderPrefix);

    /**
     * An object as listed (its size and time) and how its bytes are had: a copy of what was put, or the same
     * drawing made again. A session's five portraits are 140 KB as JPEG; kept, 300 sessions held 40 MB for as long
     * as the sandbox ran (bench/README), drawn again they cost a few milliseconds when someone looks.
     */
    private record StoredObject(Supplier<byte[]> content, long size, Instant lastModified,
                                Optional<Object> drawingId) {
    }

    /**
     * The drawings read last, so the same session's pictures asked for by the Result tab, the viewer and Review
     * are drawn once: each drawing is 3 MB of short-lived pixels, and a run of sessions drawing every picture three
     * times moved so many of them to the old generation that its heap filled in two minutes (bench/README).
     */
    private static final long RECENT_DRAWINGS_BYTES = 4L * 1024 * 1024;

    private final Clock clock;
    private final Map<String, NavigableMap<String, StoredObject>> buckets = new HashMap<>();
    private final Cache<Object, byte[]> recentDrawings = Caffeine.newBuilder()
            .maximumWeight(RECENT_DRAWINGS_BYTES)
            .weigher((Object drawingId, byte[] bytes) -> bytes.length)
            .build();

    public SandboxImageStore(Clock clock) {
        this.clock = clock;
    }

    /** Stores (or replaces) an object, as Rekognition's PutObject would. */
    public void put(String bucket, String key, byte[] bytes) {
        byte[] kept = bytes.clone();
        keep(bucket, key, new StoredObject(kept::clone, kept.length, clock.instant(), Optional.empty()));
    }

    /**
     * Stores (or replaces) an object whose bytes are not kept but drawn again at every read.
     *
     * @param drawn   the object's bytes as first drawn: their size is the listed size
     * @param drawing draws the same bytes again, every time (the portraits are deterministic)
     */
    void putDrawn(String bucket, String key, byte[] drawn, Supplier<byte[]> drawing) {
        // This put's own drawing: an object replaced or removed never reads the one before it.
        Object drawingId = new Object();
        recentDrawings.put(drawingId, drawn.clone());
        // Read through the recent drawings: a copy each time, as for an object kept whole.
        keep(bucket, key, new StoredObject(() -> recentDrawings.get(drawingId, id -> drawing.get()).clone(),
                drawn.length, clock.instant(), Optional.of(drawingId)));
    }

    private synchronized void keep(String bucket, String key, StoredObject object) {
        StoredObject replaced = buckets.computeIfAbsent(bucket, name -> new TreeMap<>()).put(key, object);
        if (replaced != null) {
            replaced.drawingId().ifPresent(recentDrawings::invalidate);
        }
    }

    @Override
    public Page<SessionFolder> sessions(String bucket, String prefix, Optional<String> pageToken, int pageSize)
            throws ServiceException {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        Optional<SessionFolder> after = pageToken.isPresent() ? Optional.of(decode(bucket, pageToken.get()))
                : Optional.empty();
        List<SessionFolder> remaining = folders(bucket, prefix).stream()
                .filter(folder -> after.isEmpty() || NEWEST_FIRST.compare(folder, after.get()) > 0)
                .toList();
        List<SessionFolder> page = remaining.subList(0, Math.min(pageSize, remaining.size()));
        Optional<String> next = remaining.size() > pageSize ? Optional.of(encode(page.get(page.size() - 1)))
                : Optional.empty();
        return new Page<>(page, next);
    }

    /** Every object under a key prefix as a version of its own: the sandbox keeps no old versions. */
    synchronized List<ObjectVersion> versionsUnder(String bucket, String keyPrefix) {
        List<ObjectVersion> versions = new ArrayList<>();
        for (ListedObject object : listed(bucket, keyPrefix)) {
            versions.add(new ObjectVersion(object.key(), ObjectVersion.NULL_VERSION, object.sizeBytes(),
                    object.lastModified(), false));
        }
        return versions;
    }

    /** Removes an object; true when it was there. */
    synchronized boolean remove(String bucket, String key) {
        NavigableMap<String, StoredObject> objects = buckets.get(bucket);
        StoredObject removed = objects == null ? null : objects.remove(key);
        if (removed == null) {
            return false;
        }
        removed.drawingId().ifPresent(recentDrawings::invalidate);
        return true;
    }

    @Override
    public List<StoredImage> imagesOf(String bucket, String prefix, String sessionId) {
        return SessionKeyLayout.toImages(bucket, prefix, sessionId, listed(bucket, prefix));
    }

    @Override
    public byte[] read(S3Location location) throws ServiceException {
        StoredObject object;
        synchronized (this) {
            object = buckets.getOrDefault(location.bucket(), new TreeMap<>()).get(location.key());
        }
        if (object == null) {
            throw new ServiceException(new ServiceError(ErrorKind.NOT_FOUND,
                    SandboxMessages.get("read.missing.message", location.uri()),
                    SandboxMessages.get("read.missing.nextStep"), Optional.of("NoSuchKey"), Optional.empty(), 404,
                    Optional.empty()));
        }
        // Drawn outside the lock: other reads and the listing need not wait for a drawing.
        return object.content().get();
    }

    @Override
    public PresignedLink presign(S3Location location, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("validFor must be positive, was " + validFor);
        }
        Instant expiresAt = clock.instant().plus(validFor);
        try {
            URI url = new URI("https", LINK_HOST, "/" + location.bucket() + "/" + location.key(),
                    "sandbox-expires=" + expiresAt.getEpochSecond(), null);
            return new PresignedLink(url, expiresAt, false);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot make a link for " + location.uri(), e);
        }
    }

    private synchronized List<ListedObject> listed(String bucket, String prefix) {
        NavigableMap<String, StoredObject> objects = buckets.getOrDefault(bucket, new TreeMap<>());
        List<ListedObject> listed = new ArrayList<>();
        objects.tailMap(prefix, true).entrySet().stream()
                .takeWhile(entry -> entry.getKey().startsWith(prefix))
                .forEach(entry -> listed.add(new ListedObject(entry.getKey(), entry.getValue().size(),
                        entry.getValue().lastModified())));
        return listed;
    }

    /** One folder per session path, dated by its newest object. */
    private List<SessionFolder> folders(String bucket, String prefix) {
        Map<String, SessionFolder> byFolder = new HashMap<>();
        for (ListedObject object : listed(bucket, prefix)) {
            SessionKeyLayout.parse(prefix, object.key()).ifPresent(key -> byFolder.merge(key.folderPrefix(),
                    new SessionFolder(bucket, key.sessionId(), key.folderPrefix(),
                            Optional.of(object.lastModified())),
                    (a, b) -> a.lastModified().get().isAfter(b.lastModified().get()) ? a : b));
        }
        return byFolder.values().stream().sorted(NEWEST_FIRST).toList();
    }

    // The token is the last folder handed out, so a session added between pages never shifts the others.
    private static String encode(SessionFolder last) {
        String cursor = last.lastModified().orElse(Instant.EPOCH) + "|" + last.folderPrefix();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
    }

    private static SessionFolder decode(String bucket, String token) throws ServiceException {
        try {
            String cursor = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = cursor.indexOf('|');
            Instant lastModified = Instant.parse(cursor.substring(0, bar));
            return new SessionFolder(bucket, "", cursor.substring(bar + 1), Optional.of(lastModified));
        } catch (RuntimeException e) {
            throw new PageTokenRefused(SandboxMessages.get("page.token.message"),
                    SandboxMessages.get("page.token.nextStep"), e);
        }
    }
}
