package dev.livenessdesk.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.images.S3Location;
import dev.livenessdesk.core.images.StoredImage;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A thumbnail shows a spinner while its picture loads, and none once it has loaded (the spinner is made late). */
@ExtendWith(ApplicationExtension.class)
class ThumbnailCellTest {

    @Test
    void aLoadingPictureShowsASpinnerAndALoadedOneDoesNot(FxRobot robot) {
        ThumbnailTile loading = tile("audit_1.jpg", 1);
        ThumbnailTile loaded = tile("audit_2.jpg", 2);
        robot.interact(() -> {
            loaded.loadingProperty().set(false); // a tile starts out loading
            ThumbnailCell cell = new ThumbnailCell(ViewerWords.bundle(), t -> { }, t -> { });
            new Scene(cell); // its skin puts the picture area among its children

            cell.updateItem(loaded, false);
            assertThat(spinnerShown(cell)).as("a loaded picture").isFalse();

            cell.updateItem(loading, false);
            assertThat(spinnerShown(cell)).as("a loading picture").isTrue();

            loading.loadingProperty().set(false);
            assertThat(spinnerShown(cell)).as("once it has loaded").isFalse();

            cell.updateItem(loaded, false);
            loading.loadingProperty().set(true);
            assertThat(spinnerShown(cell)).as("a picture the cell no longer shows").isFalse();
        });
    }

    private static boolean spinnerShown(ThumbnailCell cell) {
        cell.applyCss();
        return cell.lookupAll(".progress-indicator").stream().anyMatch(Node::isVisible);
    }

    private static ThumbnailTile tile(String name, int index) {
        return new ThumbnailTile(new StoredImage(new S3Location("bucket", "p/s1/" + name), "s1", ImageKind.AUDIT,
                index, 1024, Instant.EPOCH));
    }
}
