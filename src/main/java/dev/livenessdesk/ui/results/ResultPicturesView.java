package dev.livenessdesk.ui.results;

import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The check's pictures in the results pane (ResultPictures.fxml): the one shown large with its face box, the
 * thumbnails to pick another, and a note on why there are none yet. Kept apart from {@link ResultsPaneView}, which
 * shows the verdict, because pictures come later, from elsewhere (S3 or the answer's bytes), and fail on their own.
 */
final class ResultPicturesView {

    private static final double THUMBNAIL_HEIGHT = ResultPicture.THUMBNAIL_HEIGHT;
    private static final double THUMBNAIL_WIDTH = ResultPicture.THUMBNAIL_WIDTH;

    @FXML private CheckBox faceBoxToggle;
    @FXML private ProgressIndicator imagesIndicator;
    @FXML private Label imagesNote;
    @FXML private FaceBoxImageView shownImage;
    @FXML private VBox thumbnails;
    @FXML private HBox picturesRow;

    private final ResultPicturesViewModel pictures;
    private final ObservableStringValue sessionId;
    private final VBox root;

    /** @param sessionId the session the pictures are of, for what a screen reader says about the one shown */
    ResultPicturesView(ResultPicturesViewModel pictures, ObservableStringValue sessionId) {
        this.pictures = Objects.requireNonNull(pictures);
        this.sessionId = Objects.requireNonNull(sessionId);
        this.root = (VBox) ViewLoader.load(this, "ResultPictures", ResultsText.bundle());
    }

    VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        faceBoxToggle.selectedProperty().bindBidirectional(pictures.showFaceBoxProperty());
        imagesIndicator.visibleProperty().bind(pictures.loadingImagesProperty());
        imagesIndicator.managedProperty().bind(imagesIndicator.visibleProperty());
        imagesNote.textProperty().bind(Bindings.createStringBinding(this::imagesNoteText,
                pictures.imagesNoteProperty(), pictures.loadingImagesProperty(), pictures.pictures()));
        shownImage.boxVisibleProperty().bind(pictures.showFaceBoxProperty());
        // An empty dark frame before the check has run reads as a broken image: show it only with pictures.
        picturesRow.visibleProperty().bind(Bindings.isNotEmpty(pictures.pictures()));
        picturesRow.managedProperty().bind(picturesRow.visibleProperty());
        // Which image of which session, and where the face box is: a screen reader's user gets what is shown.
        shownImage.accessibleTextProperty().bind(Bindings.createStringBinding(() -> PictureDescription.of(
                        pictures.shownPictureProperty().get(), sessionId.get(), pictures.showFaceBoxProperty().get()),
                pictures.shownPictureProperty(), sessionId, pictures.showFaceBoxProperty()));
        pictures.shownPictureProperty().addListener((obs, old, picture) -> showPicture(picture));
        pictures.pictures().addListener((ListChangeListener<ResultPicture>) change -> buildThumbnails());
        showPicture(pictures.shownPictureProperty().get());
        buildThumbnails();
    }

    private String imagesNoteText() {
        if (!pictures.imagesNoteProperty().get().isEmpty()) {
            return pictures.imagesNoteProperty().get();
        }
        if (pictures.loadingImagesProperty().get()) {
            return ResultsText.get("images.loading");
        }
        return pictures.pictures().isEmpty() ? ResultsText.get("images.none") : "";
    }

    private void showPicture(ResultPicture picture) {
        shownImage.imageProperty().set(picture == null ? null : picture.image().orElse(null));
        shownImage.boxProperty().set(picture == null ? Optional.empty() : picture.faceBox());
        // The shown one is selected, so assistive technology says so too, not only its border colour.
        thumbnails.getChildren().forEach(node -> {
            boolean shown = node.getUserData() == picture;
            node.getStyleClass().remove("shown");
            if (shown) {
                node.getStyleClass().add("shown");
            }
            ToggleButton button = (ToggleButton) node;
            button.setSelected(shown);
            ResultPicture its = (ResultPicture) node.getUserData();
            button.setAccessibleText(ResultsText.get(shown ? "thumbnail.shown.accessible" : "thumbnail.accessible",
                    its.label()));
        });
    }

    private void buildThumbnails() {
        thumbnails.getChildren().clear();
        for (ResultPicture picture : pictures.pictures()) {
            thumbnails.getChildren().add(thumbnail(picture));
        }
        showPicture(pictures.shownPictureProperty().get());
    }

    private Node thumbnail(ResultPicture picture) {
        ToggleButton button = new ToggleButton(picture.label());
        button.getStyleClass().add("thumbnail");
        button.setUserData(picture);
        button.setContentDisplay(ContentDisplay.TOP);
        button.setAccessibleText(ResultsText.get("thumbnail.accessible", picture.label()));
        picture.thumbnail().or(picture::image).ifPresentOrElse(image -> {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(THUMBNAIL_WIDTH);
            view.setFitHeight(THUMBNAIL_HEIGHT);
            button.setGraphic(view);
        }, () -> {
            Label problem = new Label(picture.problem().orElse(""));
            problem.setWrapText(true);
            problem.setMaxWidth(THUMBNAIL_WIDTH);
            problem.getStyleClass().add("thumbnail-problem");
            button.setGraphic(problem);
        });
        button.setDisable(picture.image().isEmpty());
        button.setOnAction(event -> {
            pictures.shownPictureProperty().set(picture);
            // A second press on the shown one leaves it shown (and selected), as a row of pictures does.
            button.setSelected(true);
        });
        return button;
    }
}
