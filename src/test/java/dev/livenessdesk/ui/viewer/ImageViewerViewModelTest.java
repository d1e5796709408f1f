package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.images.SessionFolder;
import dev.livenessdesk.core.images.StoredImage;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.ViewerFixture;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the pane shows, driven through its view model with the real S3 adapter against S3Mock. */
class ImageViewerViewModelTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static AwsClients clients;
    private static ConnectionSettings connection;
    private ImageViewerViewModel viewModel;
    private final List<String> clipboard = new ArrayList<>();

    @BeforeAll
    static void seed() throws Exception {
        FxToolkit.start();
        clients = S3TestConnection.clients();
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
        S3Seeder seeder = new S3Seeder(clients.s3(connection));
        ViewerFixture.seed(seeder);
        List<String> many = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> many.add(
                String.format("paged/2b000000-0000-4000-8000-%012d/reference.jpg", i)));
        seeder.putAllParallel(ViewerFixture.BUCKET, many, new byte[] {1}, 4);
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    @BeforeEach
    void newPane() {
        viewModel = new ImageViewerViewModel(new SynchronousTaskRunner(),
                c -> new S3ImageStore(clients, c), clipboard::add, name -> Optional.empty());
    }

    @Test
    void browsingListsTheSessionsAndAsksToPickOne() {
        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);

        assertThat(viewModel.locationProperty().get()).isEqualTo("s3://liveness-images/liveness/");
        assertThat(viewModel.sessionList().sessions()).extracting(SessionFolder::sessionId).containsExactlyInAnyOrder(
                ViewerFixture.COMPLETE, ViewerFixture.BROKEN, ViewerFixture.NO_AUDIT);
        assertThat(viewModel.images().emptyStateProperty().get()).contains("Pick a session");
        assertThat(viewModel.problem().errorProperty().get()).isNull();
    }

    @Test
    void pickingASessionShowsItsThumbnailsInOrder() {
        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);
        viewModel.selectSession(find(ViewerFixture.COMPLETE));

        assertThat(viewModel.images().tiles()).extracting(tile -> tile.image().label())
                .containsExactly("Reference", "Audit 1", "Audit 2", "Audit 3", "Audit 4");
        assertThat(viewModel.images().tiles()).allSatisfy(tile -> {
            assertThat(tile.thumbnailProperty().get()).isNotNull();
            assertThat(tile.thumbnailProperty().get().getHeight()).isEqualTo(160);
            assertThat(tile.loadingProperty().get()).isFalse();
        });
        assertThat(viewModel.images().emptyStateProperty().get()).isEmpty();
        assertThat(viewModel.images().sessionTitleProperty().get()).contains(ViewerFixture.COMPLETE);
    }

    @Test
    void imagesNamedByTheResultsAreTitledWithTheFolderTheyAreIn() throws Exception {
        viewModel.browse(connection, ViewerFixture.BUCKET, "elsewhere/");
        List<StoredImage> known = new S3ImageStore(clients, connection)
                .imagesOf(ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.COMPLETE);

        viewModel.showImages(connection, known);

        assertThat(viewModel.images().sessionTitleProperty().get()).contains(ViewerFixture.COMPLETE)
                .contains("s3://" + ViewerFixture.BUCKET + "/" + ViewerFixture.PREFIX + ViewerFixture.COMPLETE + "/")
                .doesNotContain("elsewhere/");
        assertThat(viewModel.images().tiles()).hasSize(known.size());
    }

    @Test
    void aCorruptObjectAndANonImageShowTheirReasonWithoutRetry() {
        viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.BROKEN);

        ThumbnailTile reference = viewModel.images().tiles().get(0);
        ThumbnailTile audit = viewModel.images().tiles().get(1);
        ThumbnailTile json = viewModel.images().tiles().get(2);
        assertThat(reference.problemProperty().get()).startsWith("Corrupt image");
        assertThat(reference.retryableProperty().get()).isFalse();
        assertThat(audit.thumbnailProperty().get()).isNotNull();
        assertThat(json.image().label()).isEqualTo("Other");
        assertThat(json.problemProperty().get()).startsWith("Not an image");
    }

    @Test
    void aSessionWithoutAuditImagesSaysWhy() {
        viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.NO_AUDIT,
                OptionalInt.of(0));

        assertThat(viewModel.images().tiles()).hasSize(1);
        assertThat(viewModel.images().noteProperty().get()).contains("audit images limit of 0");
    }

    @Test
    void aPastedIdWithoutAFolderSaysTheFolderDoesNotExist() {
        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);
        viewModel.searchTextProperty().set("  " + ViewerFixture.NEVER_COMPLETED.toUpperCase() + " ");
        viewModel.openSearchedSession();

        assertThat(viewModel.searchProblemProperty().get()).isEmpty();
        assertThat(viewModel.images().tiles()).isEmpty();
        assertThat(viewModel.images().emptyStateProperty().get()).contains("does not exist")
                .contains("s3://liveness-images/liveness/" + ViewerFixture.NEVER_COMPLETED + "/");
    }

    @Test
    void aJustCreatedSessionWithoutImagesSaysTheyComeWhenTheCheckCompletes() {
        viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.NEVER_COMPLETED, OptionalInt.of(2));

        assertThat(viewModel.images().emptyStateProperty().get()).contains("No images yet").contains("completes");
    }

    @Test
    void aMistypedIdIsExplainedAndNothingIsListed() {
        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);
        viewModel.searchTextProperty().set("0f3c1a2b-4d5e");
        viewModel.openSearchedSession();

        assertThat(viewModel.searchProblemProperty().get()).contains("is not a session id");
        assertThat(viewModel.images().sessionTitleProperty().get()).isEqualTo("No session selected");
    }

    @Test
    void aMissingBucketIsShownInWordsAndTheSearchStillWorksAfterwards() {
        viewModel.browse(connection, "no-such-bucket", "liveness/");

        assertThat(viewModel.problem().errorProperty().get().kind()).isEqualTo(ErrorKind.NO_SUCH_BUCKET);
        assertThat(viewModel.problem().errorProperty().get().message()).contains("no-such-bucket");
        assertThat(viewModel.sessionList().sessions()).isEmpty();

        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);
        assertThat(viewModel.problem().errorProperty().get()).isNull();
        assertThat(viewModel.sessionList().sessions()).hasSize(3);
    }

    @Test
    void moreSessionsLoadOnDemand() {
        viewModel.browse(connection, ViewerFixture.BUCKET, "paged/");

        assertThat(viewModel.sessionList().sessions()).hasSize(ImageViewerViewModel.SESSIONS_PAGE_SIZE);
        assertThat(viewModel.sessionList().moreProperty().get()).isTrue();
        // The order is only that of what is listed: the user is told, while more pages remain.
        assertThat(viewModel.sessionList().hintProperty().get()).contains("listed so far");

        viewModel.loadMoreSessions();
        assertThat(viewModel.sessionList().sessions()).hasSize(60);
        assertThat(viewModel.sessionList().sessions()).extracting(SessionFolder::sessionId).doesNotHaveDuplicates();
        assertThat(viewModel.sessionList().moreProperty().get()).isFalse();
        assertThat(viewModel.sessionList().hintProperty().get()).isEmpty();
    }

    @Test
    void theFullSizeViewCopiesTheUriAndALinkWithItsExpiry() {
        viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.COMPLETE);
        ImageDetailViewModel detail = viewModel.detailOf(viewModel.images().tiles().get(0));
        detail.load();

        assertThat(detail.imageProperty().get().getWidth()).isEqualTo(480);
        detail.copyS3Uri();
        detail.linkExpiryProperty().set(LinkExpiry.MINUTES_15);
        detail.copyPresignedUrl();

        assertThat(clipboard.get(0)).isEqualTo(
                "s3://liveness-images/liveness/" + ViewerFixture.COMPLETE + "/reference.jpg");
        assertThat(clipboard.get(1)).startsWith("http://localhost:").contains("X-Amz-Expires=900");
        assertThat(detail.linkStatusProperty().get()).startsWith("The copied link works until");
    }

    @Test
    void inTheSandboxTheCopiedLinkIsSaidToOpenNowhereWithNoPromisedExpiry() {
        dev.livenessdesk.sandbox.SandboxImageStore sandbox =
                new dev.livenessdesk.sandbox.SandboxImageStore(java.time.Clock.systemUTC());
        String id = "3c000000-0000-4000-8000-000000000001";
        sandbox.put("sandbox-bucket", "desk/" + id + "/reference.jpg", new byte[] {1, 2, 3});
        ImageViewerViewModel inSandbox = new ImageViewerViewModel(new SynchronousTaskRunner(), c -> sandbox,
                clipboard::add, name -> Optional.empty());
        inSandbox.showSession(connection, "sandbox-bucket", "desk/", id);
        ImageDetailViewModel detail = inSandbox.detailOf(inSandbox.images().tiles().get(0));

        detail.copyPresignedUrl();

        assertThat(clipboard).singleElement().asString().startsWith("https://sandbox.invalid/");
        assertThat(detail.linkStatusProperty().get()).doesNotContain("works until")
                .contains("opens nowhere").contains("sandbox.invalid never resolves");
        assertThat(detail.statusProperty().get()).isEqualTo("Sandbox link copied: it is made up.");
    }

    @Test
    void saveAsWritesTheStoredBytesOnlyWhereTheUserChose(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path chosen = folder.resolve("evidence.jpg");
        List<String> suggested = new java.util.ArrayList<>();
        ImageViewerViewModel saving = new ImageViewerViewModel(new SynchronousTaskRunner(),
                c -> new S3ImageStore(clients, c), clipboard::add, name -> {
                    suggested.add(name);
                    return Optional.of(chosen);
                });
        saving.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.COMPLETE);
        ImageDetailViewModel detail = saving.detailOf(saving.images().tiles().get(0));
        detail.load();

        detail.saveAs();

        byte[] stored = new S3ImageStore(clients, connection).read(detail.stored().location());
        assertThat(suggested).containsExactly("reference.jpg");
        assertThat(chosen).hasBinaryContent(stored);
        assertThat(java.nio.file.Files.list(folder)).containsExactly(chosen);
    }

    private SessionFolder find(String sessionId) {
        return viewModel.sessionList().sessions().stream().filter(f -> f.sessionId().equals(sessionId)).findFirst()
                .orElseThrow();
    }

}
