package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.livenessdesk.contract.ImageStoreContract;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image store contract against the sandbox, and what only the sandbox promises. */
class SandboxImageStoreTest extends ImageStoreContract {

    private MutableClock clock;
    private SandboxImageStore store;

    @BeforeEach
    void startSandbox() {
        clock = MutableClock.atNoon();
        store = new SandboxImageStore(clock);
    }

    @Override
    protected ImageStore store() {
        return store;
    }

    @Override
    protected String emptyBucket() {
        return "bucket-" + UUID.randomUUID();
    }

    @Override
    protected void storeObject(String bucket, String key, byte[] bytes) {
        store.put(bucket, key, bytes);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Test
    void aDrawnObjectIsReadWithoutBeingKeptOrDrawnAgainAndAgain() throws Exception {
        java.util.concurrent.atomic.AtomicInteger drawings = new java.util.concurrent.atomic.AtomicInteger();
        byte[] picture = {1, 2, 3, 4, 5};
        S3Location at = new S3Location("qa-liveness", "desk/0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8/reference.jpg");
        store.putDrawn(at.bucket(), at.key(), picture, () -> {
            drawings.incrementAndGet();
            return picture.clone();
        });

        byte[] first = store.read(at);
        first[0] = 99;
        assertThat(store.read(at)).as("a reader's copy is its own").containsExactly(1, 2, 3, 4, 5);
        assertThat(drawings).as("read from the recent drawings").hasValue(0);
        assertThat(store.imagesOf(at.bucket(), "desk/", "0f3c1a2b-4d5e-4f70-8192-a3b4c5d6e7f8")).singleElement()
                .satisfies(image -> assertThat(image.sizeBytes()).isEqualTo(5));

        assertThat(store.remove(at.bucket(), at.key())).isTrue();
        assertThatThrownBy(() -> store.read(at)).isInstanceOf(ServiceException.class);
    }

    @Test
    void sessionsAreListedNewestFirstAcrossPages() throws Exception {
        String oldest = newSessionId();
        String middle = newSessionId();
        String newest = newSessionId();
        for (String session : new String[] {oldest, middle, newest}) {
            store.put("b", "p/" + session + "/reference.jpg", jpegLike(1));
            clock.advance(Duration.ofMinutes(1));
        }

        Page<SessionFolder> first = store.sessions("b", "p/", Optional.empty(), 2);
        Page<SessionFolder> second = store.sessions("b", "p/", first.nextToken(), 2);

        assertThat(first.items()).extracting(SessionFolder::sessionId).containsExactly(newest, middle);
        assertThat(second.items()).extracting(SessionFolder::sessionId).containsExactly(oldest);
        assertThat(second.hasMore()).isFalse();
        assertThat(first.items().get(0).lastModified()).contains(Instant.parse("2025-06-02T12:02:00Z"));
    }

    @Test
    void aSessionAddedBetweenPagesDoesNotRepeatOrSkipTheOthers() throws Exception {
        String older = newSessionId();
        String newer = newSessionId();
        store.put("b", "p/" + older + "/reference.jpg", jpegLike(1));
        clock.advance(Duration.ofSeconds(5));
        store.put("b", "p/" + newer + "/reference.jpg", jpegLike(1));

        Page<SessionFolder> first = store.sessions("b", "p/", Optional.empty(), 1);
        clock.advance(Duration.ofSeconds(5));
        store.put("b", "p/" + newSessionId() + "/reference.jpg", jpegLike(1));
        Page<SessionFolder> second = store.sessions("b", "p/", first.nextToken(), 1);

        assertThat(first.items()).extracting(SessionFolder::sessionId).containsExactly(newer);
        assertThat(second.items()).extracting(SessionFolder::sessionId).containsExactly(older);
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void aPageTokenFromElsewhereIsRefusedInWords() {
        assertThatThrownBy(() -> store.sessions("b", "p/", Optional.of("not-a-sandbox-token"), 10))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.error().kind()).isEqualTo(ErrorKind.INVALID_PARAMETER);
                    assertThat(e.error().message()).contains("sandbox");
                });
    }

    @Test
    void presignedLinksAreVisiblyFakeAndExpireAfterTheAskedTime() throws Exception {
        PresignedLink link = store.presign(new S3Location("b", "p/x y/reference.jpg"), Duration.ofHours(2));

        assertThat(link.url().getScheme()).isEqualTo("https");
        assertThat(link.url().getHost()).isEqualTo("sandbox.invalid");
        assertThat(link.url().getPath()).isEqualTo("/b/p/x y/reference.jpg");
        assertThat(link.expiresAt()).isEqualTo(Instant.parse("2025-06-02T14:00:00Z"));
    }

    @Test
    void anyBucketNameExistsAndStartsEmpty() throws Exception {
        assertThat(store.sessions("never-used", "", Optional.empty(), 10).items()).isEmpty();
        assertThat(store.imagesOf("never-used", "", newSessionId())).isEmpty();
    }

    @Test
    void readGivesACopySoTheStoredImageCannotBeChangedByAViewer() throws Exception {
        store.put("b", "k", new byte[] {1, 2, 3});

        store.read(new S3Location("b", "k"))[0] = 9;

        assertThat(store.read(new S3Location("b", "k"))).containsExactly(1, 2, 3);
    }
}
