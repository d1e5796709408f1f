package dev.livenessdesk.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Result tab's pictures on their own: none yet in words, then the reference large and a thumbnail each. */
@ExtendWith(ApplicationExtension.class)
class ResultPicturesViewTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";
    private static final ConnectionSettings CONNECTION =
            new ConnectionSettings(Optional.empty(), "us-east-1", Optional.empty(), Optional.empty());

    private ResultPicturesViewModel pictures;
    private final StringProperty sessionId = new SimpleStringProperty(ID);

    @Start
    void start(Stage stage) {
        pictures = new ResultPicturesViewModel(new SynchronousTaskRunner(), connection -> {
            throw new AssertionError("the images came as bytes: no store is asked");
        });
        VBox root = new VBox(new ResultPicturesView(pictures, sessionId).root());
        root.getStylesheets().add(ResultsPaneView.class.getResource("ResultsPane.css").toExternalForm());
        stage.setScene(new Scene(root, 700, 500));
        stage.sizeToScene();
        stage.show();
    }

    private static SessionResults answerWithPictures() {
        ResultImage reference = new ResultImage(ImageKind.REFERENCE, 0, Optional.empty(),
                Optional.of(ResultReplies.jpeg(0)), Optional.of(new BoundingBox(0.375, 0.25, 0.25, 0.5)));
        ResultImage audit = new ResultImage(ImageKind.AUDIT, 1, Optional.empty(), Optional.of(ResultReplies.jpeg(1)),
                Optional.empty());
        return new SessionResults(ID, SessionStatus.SUCCEEDED, "SUCCEEDED", Optional.of(96.5f),
                Optional.of(reference), List.of(audit), Optional.empty(), Optional.empty());
    }

    @Test
    void beforeTheCheckHasRunItSaysSoAndShowsNoEmptyFrame(FxRobot robot) {
        assertThat(robot.lookup("#imagesNote").queryAs(Label.class).getText())
                .isEqualTo("No images yet: they arrive when the check has run.");
        assertThat(robot.lookup("#shownImage").query().getParent().getParent().isVisible()).isFalse();
        assertThat(robot.lookup(".thumbnail").queryAll()).isEmpty();
    }

    @Test
    void theReferenceIsShownLargeWithItsBoxAndAThumbnailPicksAnother(FxRobot robot) {
        robot.interact(() -> pictures.show(answerWithPictures(), CONNECTION));

        FaceBoxImageView shown = robot.lookup("#shownImage").queryAs(FaceBoxImageView.class);
        assertThat(shown.imageProperty().get().getWidth()).isEqualTo(ResultReplies.JPEG_WIDTH);
        assertThat(shown.faceBox().isVisible()).isTrue();
        assertThat(shown.getAccessibleText()).contains(ID);
        assertThat(robot.lookup(".thumbnail").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getText)
                .containsExactly("Reference", "Audit 1");
        assertThat(robot.lookup("Reference").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#imagesNote").queryAs(Label.class).getText()).isEmpty();

        robot.clickOn("#faceBoxToggle");
        assertThat(shown.faceBox().isVisible()).isFalse();
        robot.clickOn("Audit 1");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pictures.shownPictureProperty().get().label()).isEqualTo("Audit 1");
        ToggleButton audit = robot.lookup("Audit 1").queryAs(ToggleButton.class);
        assertThat(audit.isSelected()).isTrue();
        assertThat(audit.getAccessibleText()).isEqualTo("Audit 1 image, shown");
        assertThat(robot.lookup("Reference").queryAs(ToggleButton.class).isSelected()).isFalse();
    }
}
