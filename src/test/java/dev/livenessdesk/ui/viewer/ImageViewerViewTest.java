package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.ViewerFixture;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pane as a support person sees it, on real threads, reading S3Mock through the real adapter. */
@ExtendWith(ApplicationExtension.class)
class ImageViewerViewTest {

    @RegisterExtension
    static final S3MockExtension S3_MOCK = S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static AwsClients clients;
    private static ConnectionSettings connection;
    private FxTaskRunner runner;
    private ImageViewerViewModel viewModel;

    @BeforeAll
    static void seed() {
        clients = S3TestConnection.clients();
        connection = S3TestConnection.settings(S3_MOCK.getHttpPort());
        ViewerFixture.seed(new S3Seeder(clients.s3(connection)));
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(2);
        viewModel = new ImageViewerViewModel(runner, c -> new S3ImageStore(clients, c), text -> { },
                name -> Optional.empty());
        stage.setScene(new Scene(new ImageViewerView(viewModel).load(), 1200, 900));
        stage.show();
    }

    @AfterEach
    void stopRunner() {
        runner.close();
    }

    @Test
    void aSessionsThumbnailsAppear(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX));
        waitUntil(() -> robot.lookup(".session-cell .session-id").queryAll().size() == 3);
        robot.clickOn(ViewerFixture.COMPLETE);

        waitUntil(() -> shownPictures(robot).size() == 5);
        assertThat(robot.lookup(".thumbnail-cell .kind").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Reference", "Audit 1", "Audit 4");
        assertThat(robot.lookup(".thumbnail-cell .key").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("reference.jpg");
    }

    @Test
    void tilesOfAResultsImagesEndUnderTheirFileNameWithNoEmptyStrip(FxRobot robot) throws Exception {
        // As the Result tab hands them over: keys from GetFaceLivenessSessionResults, no size, no time.
        String folder = ViewerFixture.PREFIX + ViewerFixture.COMPLETE + "/";
        List<dev.livenessdesk.core.images.StoredImage> known = List.of(
                new dev.livenessdesk.core.images.StoredImage(new dev.livenessdesk.core.images.S3Location(
                        ViewerFixture.BUCKET, folder + "reference.jpg"), ViewerFixture.COMPLETE,
                        dev.livenessdesk.core.images.ImageKind.REFERENCE, 0, -1, null),
                new dev.livenessdesk.core.images.StoredImage(new dev.livenessdesk.core.images.S3Location(
                        ViewerFixture.BUCKET, folder + "audit_1.jpg"), ViewerFixture.COMPLETE,
                        dev.livenessdesk.core.images.ImageKind.AUDIT, 1, -1, null));
        robot.interact(() -> viewModel.showImages(connection, known));
        waitUntil(() -> shownPictures(robot).size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        for (javafx.scene.Node cell : robot.lookup(".thumbnail-cell").queryAll()) {
            if (!cell.isVisible() || ((javafx.scene.control.IndexedCell<?>) cell).isEmpty()) {
                continue;
            }
            Label key = (Label) cell.lookup(".key");
            double below = cell.localToScene(cell.getLayoutBounds()).getMaxY()
                    - key.localToScene(key.getLayoutBounds()).getMaxY();
            assertThat(below).as("empty space under the file name of " + key.getText()).isLessThan(24);
        }
    }

    @Test
    void aThumbnailOpensFullSize(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.COMPLETE));
        waitUntil(() -> shownPictures(robot).size() == 5);

        openFirstFullSize(robot);
        ImageView full = detailImage(robot).orElseThrow();
        assertThat(full.getImage().getWidth()).isEqualTo(480);
        assertThat(robot.lookup(".image-detail .button").queryAllAs(Button.class)).extracting(Button::getText)
                .contains("Fit", "100%", "Save as\u2026", "Copy S3 URI", "Copy presigned URL");
        Window detail = full.getScene().getWindow();
        assertThat(((Stage) detail).getTitle()).contains("Reference").contains("reference.jpg");
        assertThat(full.getParent().lookup("#detailFaceBox").isVisible())
                .as("no face box the service did not send").isFalse();
        robot.interact(() -> ((Stage) detail).close());
    }

    @Test
    void theReferenceImageShowsTheFaceBoxTheServiceReturned(FxRobot robot) throws Exception {
        String key = ViewerFixture.PREFIX + ViewerFixture.COMPLETE + "/reference.jpg";
        robot.interact(() -> {
            viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, ViewerFixture.COMPLETE);
            viewModel.showFaceBoxes(java.util.Map.of(new dev.livenessdesk.core.images.S3Location(
                    ViewerFixture.BUCKET, key), new dev.livenessdesk.core.session.BoundingBox(0.25, 0.2, 0.5, 0.4)));
        });
        waitUntil(() -> shownPictures(robot).size() == 5);
        openFirstFullSize(robot);
        WaitForAsyncUtils.waitForFxEvents();
        ImageView full = detailImage(robot).orElseThrow();
        javafx.scene.shape.Rectangle box = (javafx.scene.shape.Rectangle) full.getParent().lookup("#detailFaceBox");
        javafx.geometry.Bounds picture = full.getBoundsInParent();
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getX()).isCloseTo(picture.getMinX() + 0.25 * picture.getWidth(), within(1.0));
        assertThat(box.getY()).isCloseTo(picture.getMinY() + 0.2 * picture.getHeight(), within(1.0));
        assertThat(box.getWidth()).isCloseTo(0.5 * picture.getWidth(), within(1.0));
        assertThat(box.getHeight()).isCloseTo(0.4 * picture.getHeight(), within(1.0));
        // Nothing to say yet under the picture: the picture's area reaches the window's bottom, no empty strip.
        Node area = robot.lookup(".image-detail .image-area").query();
        assertThat(area.localToScene(area.getLayoutBounds()).getMaxY())
                .isCloseTo(full.getScene().getHeight(), within(1.0));
        robot.interact(() -> ((Stage) full.getScene().getWindow()).close());
    }

    @Test
    void aCorruptObjectShowsItsPlaceholder(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.BROKEN));

        waitUntil(() -> visibleTexts(robot, ".placeholder-reason").stream().anyMatch(t -> t.startsWith("Corrupt")));
        assertThat(visibleTexts(robot, ".placeholder-reason")).anyMatch(t -> t.startsWith("Not an image"));
        waitUntil(() -> shownPictures(robot).size() == 1); // the good audit image still shows
    }

    @Test
    void anEmptySessionExplainsItself(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.NEVER_COMPLETED));

        waitUntil(() -> visibleTexts(robot, ".empty-state").stream().anyMatch(t -> t.contains("does not exist")));
        assertThat(shownPictures(robot)).isEmpty();
    }

    @Test
    void goingFromOneSessionToAnotherShowsItsImagesInTheCellsAlreadyMade(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.COMPLETE));
        waitUntil(() -> shownPictures(robot).size() == 5);
        List<Node> cellsBefore = List.copyOf(robot.lookup(".thumbnail-cell").queryAll());

        robot.interact(() -> viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX,
                ViewerFixture.BROKEN));
        waitUntil(() -> visibleTexts(robot, ".placeholder-reason").stream().anyMatch(t -> t.startsWith("Corrupt")));

        // Making a grid's cells anew on every session was most of a page turn's stall (bench/fx-stall).
        assertThat(robot.lookup(".thumbnail-cell").queryAll()).isNotEmpty()
                .allMatch(cell -> cellsBefore.stream().anyMatch(before -> before == cell));
        assertThat(robot.lookup(".thumbnail-cell .key").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("metadata.json");
    }

    /**
     * Opens the first thumbnail full size. The grid may lay its cells out again while thumbnails arrive; a click
     * that hit a cell being replaced is repeated, as a user would click again.
     */
    private static void openFirstFullSize(FxRobot robot) throws Exception {
        for (int attempt = 0; attempt < 3 && detailImage(robot).isEmpty(); attempt++) {
            robot.clickOn(shownPictures(robot).get(0));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> detailImage(robot).isPresent());
            } catch (TimeoutException notYet) {
                // try again
            }
        }
        waitUntil(() -> detailImage(robot).map(view -> view.getImage() != null).orElse(false));
    }

    private static List<Button> shownPictures(FxRobot robot) {
        return robot.lookup(".picture-button").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).filter(b -> b.getParent() != null && b.getScene() != null)
                .filter(b -> ((ImageView) b.getGraphic()).getImage() != null).toList();
    }

    private static Optional<ImageView> detailImage(FxRobot robot) {
        return robot.lookup(".image-detail .image-view").queryAllAs(ImageView.class).stream().findFirst();
    }

    private static List<String> visibleTexts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible)
                .filter(label -> label.getParent() != null && label.getParent().isVisible())
                .map(Label::getText).toList();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
