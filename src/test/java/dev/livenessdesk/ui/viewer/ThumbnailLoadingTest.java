package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.BucketInOtherRegionException;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.ImageStore;
import dev.livenessdesk.core.images.Page;
import dev.livenessdesk.core.images.PresignedLink;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.testsupport.s3.TestJpegs;
import dev.livenessdesk.ui.common.DeferredTaskRunner;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How thumbnails load (a few at a time, cached, dropped on moving on) and how a wrong region is offered. */
class ThumbnailLoadingTest {

    private static final ConnectionSettings CONNECTION = ConnectionSettings.of(null, "us-east-1");
    private static final String A = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final String B = "1a2b3c4d-0000-4000-8000-000000000002";
    private static final byte[] JPEG = TestJpegs.jpeg(64, 64, Color.BLUE, "x");

    /** A store with a handful of images per session, counting reads, and optionally failing listings. */
    private static class CountingStore implements ImageStore {
        final AtomicInteger reads = new AtomicInteger();
        Optional<ServiceException> listingFailure = Optional.empty();

        @Override
        public Page<SessionFolder> sessions(String bucket, String prefix, Optional<String> token, int size)
                throws ServiceException {
            if (listingFailure.isPresent()) {
                throw listingFailure.get();
            }
            return new Page<>(List.of(new SessionFolder(bucket, A, prefix + A + "/", Optional.empty())),
                    Optional.empty());
        }

        @Override
        public List<StoredImage> imagesOf(String bucket, String prefix, String sessionId) {
            List<StoredImage> images = new ArrayList<>();
            IntStream.range(0, 6).forEach(i -> images.add(new StoredImage(
                    new S3Location(bucket, prefix + sessionId + "/audit_" + i + ".jpg"), sessionId,
                    ImageKind.AUDIT, i + 1, JPEG.length, Instant.EPOCH)));
            return images;
        }

        @Override
        public byte[] read(S3Location location) {
            reads.incrementAndGet();
            return JPEG;
        }

        @Override
        public PresignedLink presign(S3Location location, Duration validFor) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeAll
    static void toolkit() {
        FxToolkit.start();
    }

    @Test
    void atMostFourThumbnailsDownloadAtOnceAndMovingOnDropsTheRest() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        CountingStore store = new CountingStore();
        ImageViewerViewModel viewModel = new ImageViewerViewModel(runner, c -> store, text -> { },
                name -> Optional.empty());
        viewModel.showSession(CONNECTION, "bucket", "p/", A);
        runner.runAll(); // the sessions listing and the images listing; thumbnails queue behind them
        // runAll also ran the thumbnails it found; start over to watch them queue.
        viewModel.showSession(CONNECTION, "bucket", "p/", B);
        runner.runNext(); // B's images listing
        assertThat(viewModel.images().tiles()).hasSize(6);
        assertThat(runner.pendingCount()).isEqualTo(ImageViewerViewModel.MAX_CONCURRENT_THUMBNAILS);

        runner.runNext();
        assertThat(runner.pendingCount()).isEqualTo(4); // one finished, the fifth started

        viewModel.showSession(CONNECTION, "bucket", "p/", A);
        assertThat(runner.pendingCount()).isEqualTo(1); // only A's listing: B's downloads were cancelled
        assertThat(viewModel.images().tiles()).isEmpty();
    }

    @Test
    void thumbnailsSeenOnceComeFromMemoryTheNextTime() {
        CountingStore store = new CountingStore();
        ImageViewerViewModel viewModel = new ImageViewerViewModel(new SynchronousTaskRunner(), c -> store,
                text -> { }, name -> Optional.empty());
        viewModel.showSession(CONNECTION, "bucket", "p/", A);
        int firstVisit = store.reads.get();
        viewModel.showSession(CONNECTION, "bucket", "p/", B);
        viewModel.showSession(CONNECTION, "bucket", "p/", A);

        assertThat(firstVisit).isEqualTo(6);
        assertThat(store.reads.get()).isEqualTo(12);
        assertThat(viewModel.images().tiles()).allSatisfy(tile -> assertThat(tile.thumbnailProperty().get()).isNotNull());
    }

    @Test
    void aBucketInAnotherRegionOffersToSwitchThere() {
        CountingStore store = new CountingStore();
        store.listingFailure = Optional.of(new BucketInOtherRegionException(ServiceError.of(
                ErrorKind.BUCKET_IN_OTHER_REGION, "The bucket b is in eu-west-1", "Switch"), "eu-west-1", null));
        List<String> switched = new ArrayList<>();
        ImageViewerViewModel viewModel = new ImageViewerViewModel(new SynchronousTaskRunner(), c -> store,
                text -> { }, name -> Optional.empty());
        viewModel.setOnSwitchRegion(switched::add);
        viewModel.browse(CONNECTION, "b", "p/");

        assertThat(viewModel.problem().errorProperty().get().message()).contains("eu-west-1");
        assertThat(viewModel.problem().switchRegionTargetProperty().get()).isEqualTo("eu-west-1");
        viewModel.switchRegion();
        assertThat(switched).containsExactly("eu-west-1");
    }

    @Test
    void aDroppedDownloadCanBeRetried() {
        CountingStore flaky = new CountingStore() {
            @Override
            public byte[] read(S3Location location) {
                if (reads.incrementAndGet() == 1) {
                    throw new IllegalStateException("connection reset");
                }
                return JPEG;
            }
        };
        ImageViewerViewModel viewModel = new ImageViewerViewModel(new SynchronousTaskRunner(), c -> flaky,
                text -> { }, name -> Optional.empty());
        viewModel.showSession(CONNECTION, "bucket", "p/", A);
        ThumbnailTile first = viewModel.images().tiles().get(0);

        assertThat(first.problemProperty().get()).contains("connection reset");
        assertThat(first.retryableProperty().get()).isTrue();
        viewModel.retry(first);
        assertThat(first.thumbnailProperty().get()).isNotNull();
        assertThat(first.problemProperty().get()).isEmpty();
    }
}
