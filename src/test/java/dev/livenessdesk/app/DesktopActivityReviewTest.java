package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxImageStore;
import dev.livenessdesk.testsupport.FxWait;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * The Activity tab's window as a review queue, in the sandbox: the sessions of the last 24 hours read in the
 * Activity tab become the queue; those whose images cannot be in a bucket (refused, never started, failed, made
 * without a bucket or before the window) are left out and counted; the newest session's pictures are shown.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopActivityReviewTest {

    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new SandboxDesk("desktop-activity-review");
        desk.showAtDefaultSize(stage);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void theSessionsOfTheActivityWindowBecomeAQueueAndThoseWithoutImagesInABucketAreCounted(FxRobot robot)
            throws Exception {
        openReview(robot);
        chooseActivitySource(robot);
        robot.clickOn("#startQueueButton");
        FxWait.until(30, () -> text(robot, "#reviewStatusLabel").startsWith("The queue could not be made"));
        assertThat(text(robot, "#reviewStatusLabel")).contains("Find a window in the Activity tab first");

        robot.clickOn("#activityTab");
        FxWait.until(30, () -> robot.lookup("#findButton").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#windowChoice").queryAs(ComboBox.class).getSelectionModel().select(2));
        robot.clickOn("#findButton");
        @SuppressWarnings("unchecked")
        TableView<ActivitySession> table = robot.lookup("#table").queryAs(TableView.class);
        FxWait.until(30, () -> !robot.lookup("#findButton").query().isDisabled() && !table.getItems().isEmpty());
        List<ActivitySession> rows = List.copyOf(table.getItems());
        List<ActivitySession> withImages = rows.stream().filter(s -> s.id().isPresent() && s.bucket().isPresent()
                && s.createdAt().isPresent() && (s.outcome() == ActivityOutcome.COMPLETED
                || s.outcome() == ActivityOutcome.STARTED)).toList();
        assertThat(withImages).as("the sandbox's day has sessions with images").isNotEmpty();
        assertThat(rows.size()).as("and sessions without").isGreaterThan(withImages.size());
        ActivitySession newest = withImages.stream().max(Comparator.comparing(ActivitySession::sortTime)
                .thenComparing(s -> s.id().orElseThrow(), Comparator.reverseOrder())).orElseThrow();
        SandboxImageStore images = (SandboxImageStore) desk.backend().imageStore(
                ConnectionSettings.of("sandbox", "us-east-1"));
        String folder = newest.prefix().orElse("") + newest.id().orElseThrow() + "/";
        images.put(newest.bucket().orElseThrow(), folder + "reference.jpg", jpeg());
        images.put(newest.bucket().orElseThrow(), folder + "audit-1.jpg", jpeg());

        openReview(robot);
        robot.clickOn("#reviewCountField").eraseText(5).write("5000");
        robot.clickOn("#startQueueButton");
        int queued = withImages.size();
        FxWait.until(30, () -> text(robot, "#reviewPositionLabel").equals("Session 1 of " + queued));
        assertThat(text(robot, "#reviewQueueTitle")).startsWith("Activity ").contains(rows.size() + " sessions");
        assertThat(text(robot, "#reviewStatusLabel")).startsWith((rows.size() - queued)
                + " sessions left out (only sessions with images in S3 can be reviewed): ")
                .contains("never started (no images were made)");
        assertThat(text(robot, "#reviewSessionLabel")).startsWith("Session " + newest.id().orElseThrow());
        FxWait.until(30, () -> ((ImageView) robot.lookup("#referencePane .image-view").query()).getImage() != null);
        assertThat(text(robot, "#reviewScoreLabel")).isEqualTo("Score hidden until you give a label.");
    }

    private static void openReview(FxRobot robot) throws TimeoutException {
        robot.clickOn("#reviewTab .tab-label");
        FxWait.until(30, () -> robot.lookup("#sourceChoice").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static void chooseActivitySource(FxRobot robot) {
        robot.interact(() -> {
            ChoiceBox<Object> source = robot.lookup("#sourceChoice").queryAs(ChoiceBox.class);
            source.setValue(source.getItems().stream().filter(item -> item.toString().equals("ACTIVITY"))
                    .findFirst().orElseThrow());
        });
        robot.doubleClickOn("#reviewerField").eraseText(40).write("ana");
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage picture = new BufferedImage(48, 64, BufferedImage.TYPE_INT_RGB);
        picture.getGraphics().fillOval(8, 8, 32, 40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        return out.toByteArray();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
