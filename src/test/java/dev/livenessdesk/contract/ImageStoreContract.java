package dev.livenessdesk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ImageStore} does, whether it browses S3 or the sandbox's memory, so the viewer behaves the
 * same on both. Test methods are public so subclasses in any package run them.
 *
 * <p>Hooks a subclass provides (keep them adapter-neutral):
 * <ul>
 *   <li>{@link #store()}: the port under test; it may be shared between tests.</li>
 *   <li>{@link #emptyBucket()}: the name of a bucket that exists and holds nothing; a new one on every call, so
 *       tests never see each other's objects (S3Mock: create it; the sandbox: any unused name).</li>
 *   <li>{@link #storeObject(String, String, byte[])}: put an object the way Rekognition would (S3Mock:
 *       PutObject; the sandbox: its own put).</li>
 *   <li>{@link #now()}: the clock presigned links are signed with; the system clock unless overridden.</li>
 * </ul>
 */
public abstract class ImageStoreContract {

    protected abstract ImageStore store();

    protected abstract String emptyBucket() throws Exception;

    protected abstract void storeObject(String bucket, String key, byte[] bytes) throws Exception;

    protected Instant now() {
        return Instant.now();
    }

    @Test
    public void aSessionsImagesComeReferenceFirstThenAuditsInNumberOrderThenOthers() throws Exception {
        String bucket = emptyBucket();
        String session = newSessionId();
        String folder = "liveness/" + session + "/";
        storeObject(bucket, folder + "audit/10.jpg", jpegLike(10));
        storeObject(bucket, folder + "audit/2.jpg", jpegLike(2));
        storeObject(bucket, folder + "notes.txt", jpegLike(99));
        storeObject(bucket, folder + "audit/1.jpg", jpegLike(1));
        storeObject(bucket, folder + "reference.jpg", jpegLike(0));
        storeObject(bucket, "liveness/" + newSessionId() + "/reference.jpg", jpegLike(5));

        List<StoredImage> images = store().imagesOf(bucket, "liveness/", session);

        assertThat(images).extracting(image -> image.location().key()).containsExactly(
                folder + "reference.jpg", folder + "audit/1.jpg", folder + "audit/2.jpg", folder + "audit/10.jpg",
                folder + "notes.txt");
        assertThat(images).extracting(StoredImage::kind).containsExactly(
                ImageKind.REFERENCE, ImageKind.AUDIT, ImageKind.AUDIT, ImageKind.AUDIT, ImageKind.OTHER);
        assertThat(images).extracting(StoredImage::auditIndex).containsExactly(0, 1, 2, 3, 0);
        assertThat(images).extracting(StoredImage::label)
                .containsExactly("Reference", "Audit 1", "Audit 2", "Audit 3", "Other");
        assertThat(images).allSatisfy(image -> {
            assertThat(image.sessionId()).isEqualTo(session);
            assertThat(image.location().bucket()).isEqualTo(bucket);
            assertThat(image.lastModified()).isNotNull();
        });
        assertThat(images.get(0).sizeBytes()).isEqualTo(jpegLike(0).length);
    }

    @Test
    public void aSessionWithNoObjectsHasNoImages() throws Exception {
        String bucket = emptyBucket();
        storeObject(bucket, "liveness/" + newSessionId() + "/reference.jpg", jpegLike(0));

        assertThat(store().imagesOf(bucket, "liveness/", newSessionId())).isEmpty();
    }

    @Test
    public void pagingThroughSessionsReturnsEachSessionOnce() throws Exception {
        String bucket = emptyBucket();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String session = newSessionId();
            sessions.add(session);
            storeObject(bucket, "paging/" + session + "/reference.jpg", jpegLike(i));
            storeObject(bucket, "paging/" + session + "/audit/1.jpg", jpegLike(i + 10));
        }
        storeObject(bucket, "elsewhere/" + newSessionId() + "/reference.jpg", jpegLike(0));

        List<SessionFolder> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            Page<SessionFolder> page = store().sessions(bucket, "paging/", token, 2);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token.isPresent() && pages < 10);

        assertThat(seen).extracting(SessionFolder::sessionId).containsExactlyInAnyOrderElementsOf(sessions);
        assertThat(seen).allSatisfy(folder -> {
            assertThat(folder.bucket()).isEqualTo(bucket);
            assertThat(folder.folderPrefix()).isEqualTo("paging/" + folder.sessionId() + "/");
        });
        assertThat(pages).isEqualTo(3);
    }

    @Test
    public void aPrefixWithNoSessionsGivesOneEmptyLastPage() throws Exception {
        String bucket = emptyBucket();
        storeObject(bucket, "other/" + newSessionId() + "/reference.jpg", jpegLike(0));

        Page<SessionFolder> page = store().sessions(bucket, "liveness/", Optional.empty(), 50);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    public void readReturnsTheStoredBytes() throws Exception {
        String bucket = emptyBucket();
        String key = "liveness/" + newSessionId() + "/reference.jpg";
        byte[] stored = jpegLike(42);
        storeObject(bucket, key, stored);

        assertThat(store().read(new S3Location(bucket, key))).isEqualTo(stored);
    }

    @Test
    public void readingAMissingObjectIsNotFound() throws Exception {
        String bucket = emptyBucket();
        S3Location missing = new S3Location(bucket, "liveness/" + newSessionId() + "/reference.jpg");

        assertThatThrownBy(() -> store().read(missing)).isInstanceOfSatisfying(ServiceException.class,
                e -> assertThat(e.error().kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    public void aPresignedLinkNamesTheObjectAndExpiresWhenAsked() throws Exception {
        String bucket = emptyBucket();
        String key = "liveness/" + newSessionId() + "/reference.jpg";
        storeObject(bucket, key, jpegLike(1));
        Duration validFor = Duration.ofMinutes(15);
        Instant before = now().truncatedTo(ChronoUnit.SECONDS);

        PresignedLink link = store().presign(new S3Location(bucket, key), validFor);

        Instant after = now();
        assertThat(link.url().isAbsolute()).isTrue();
        assertThat(link.url().toString()).contains(key);
        assertThat(link.expiresAt()).isBetween(before.plus(validFor).minusSeconds(1),
                after.plus(validFor).plusSeconds(1));
        assertThat(link.shortenedByCredentials()).isFalse();
    }

    protected static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    /** Small distinct bytes; the port must hand back exactly what was stored, whatever it is. */
    protected static byte[] jpegLike(int seed) {
        return ("\u00ff\u00d8 not really a JPEG " + seed).getBytes(StandardCharsets.ISO_8859_1);
    }
}
