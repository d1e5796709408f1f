package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The full-size window of one image: fit or 100 %, zoom with the slider or Ctrl + wheel, save, copy links. */
public final class ImageDetailView {

    private final ImageDetailViewModel viewModel;
    private final ResourceBundle words = ViewerWords.bundle();

    @FXML private BorderPane root;
    @FXML private Button saveButton;
    @FXML private Button copyUrlButton;
    @FXML private Slider zoomSlider;
    @FXML private Label zoomLabel;
    @FXML private ChoiceBox<LinkExpiry> expiryChoice;
    @FXML private ScrollPane scroller;
    @FXML private StackPane imageHolder;
    @FXML private ImageView imageView;
    @FXML private ProgressIndicator loading;
    @FXML private Label problem;
    @FXML private Label linkStatus;
    @FXML private Label status;
    @FXML private javafx.scene.layout.VBox statusArea;
    private final javafx.scene.shape.Rectangle faceBox = new javafx.scene.shape.Rectangle();

    public ImageDetailView(ImageDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Builds the view; call on the FX thread, once. */
    public Parent load() {
        return ViewLoader.load(this, "ImageDetail", ViewerWords.bundle());
    }

    /** Opens the image in its own window and starts loading it. */
    public static Stage open(Window owner, ImageDetailViewModel viewModel) {
        ImageDetailView view = new ImageDetailView(viewModel);
        Parent root = view.load();
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(MessageFormat.format(view.words.getString("detail.title"), viewModel.stored().label(),
                VisibleText.of(viewModel.stored().location().uri())));
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(event -> viewModel.close());
        stage.show();
        viewModel.load();
        return stage;
    }

    @FXML
    private void initialize() {
        imageView.imageProperty().bind(viewModel.imageProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        linkStatus.textProperty().bind(viewModel.linkStatusProperty());
        status.textProperty().bind(viewModel.statusProperty());
        linkStatus.visibleProperty().bind(viewModel.linkStatusProperty().isNotEmpty());
        linkStatus.managedProperty().bind(linkStatus.visibleProperty());
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        statusArea.visibleProperty().bind(linkStatus.visibleProperty().or(status.visibleProperty()));
        statusArea.managedProperty().bind(statusArea.visibleProperty());
        saveButton.disableProperty().bind(viewModel.imageProperty().isNull());
        expiryChoice.getItems().setAll(LinkExpiry.values());
        expiryChoice.valueProperty().bindBidirectional(viewModel.linkExpiryProperty());
        copyUrlButton.setAccessibleHelp(words.getString("detail.expiry.label"));

        imageView.setAccessibleText(MessageFormat.format(words.getString("detail.image.accessible"),
                viewModel.stored().label(), viewModel.stored().sessionId(), viewModel.stored().location().uri()));

        zoomSlider.setMin(ImageDetailViewModel.MIN_ZOOM);
        zoomSlider.setMax(ImageDetailViewModel.MAX_ZOOM);
        zoomSlider.setAccessibleText(words.getString("detail.zoom.accessible"));
        zoomSlider.valueProperty().bindBidirectional(viewModel.zoomProperty());
        zoomSlider.valueProperty().addListener((obs, old, value) -> {
            if (zoomSlider.isValueChanging() || zoomSlider.isFocused()) {
                viewModel.fitToWindowProperty().set(false);
            }
        });
        zoomLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(viewModel.zoomProperty().get() * 100) + " %", viewModel.zoomProperty()));

        // Fit: the picture follows the window; otherwise its width is the zoom times its own.
        imageView.fitWidthProperty().bind(Bindings.createDoubleBinding(this::shownWidth,
                viewModel.fitToWindowProperty(), viewModel.zoomProperty(), viewModel.imageProperty(),
                scroller.viewportBoundsProperty()));
        imageView.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> viewModel.fitToWindowProperty().get() ? scroller.getViewportBounds().getHeight() - 2 : 0,
                viewModel.fitToWindowProperty(), scroller.viewportBoundsProperty()));
        imageHolder.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getWidth(), scroller.viewportBoundsProperty()));
        imageHolder.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getHeight(), scroller.viewportBoundsProperty()));
        scroller.addEventFilter(ScrollEvent.SCROLL, this::zoomOnCtrlWheel);
        // The face box over the picture, from the service's bounding box (as on the Result tab).
        faceBox.getStyleClass().add("face-box");
        faceBox.setId("detailFaceBox");
        faceBox.setManaged(false);
        faceBox.setMouseTransparent(true);
        imageHolder.getChildren().add(faceBox);
        imageView.boundsInParentProperty().addListener((obs, old, bounds) -> placeFaceBox());
        viewModel.faceBoxProperty().addListener((obs, old, box) -> placeFaceBox());
        placeFaceBox();
        // Keep the zoom label truthful while fitting.
        viewModel.fitToWindowProperty().addListener((obs, old, fit) -> syncZoomToFit());
        imageView.boundsInParentProperty().addListener((obs, old, bounds) -> syncZoomToFit());
    }

    private void placeFaceBox() {
        var box = viewModel.faceBoxProperty().get();
        javafx.geometry.Bounds shown = imageView.getBoundsInParent();
        boolean drawn = box.isPresent() && viewModel.imageProperty().get() != null && shown.getWidth() > 0;
        faceBox.setVisible(drawn);
        box.filter(b -> drawn).ifPresent(b -> {
            faceBox.setX(shown.getMinX() + b.left() * shown.getWidth());
            faceBox.setY(shown.getMinY() + b.top() * shown.getHeight());
            faceBox.setWidth(b.width() * shown.getWidth());
            faceBox.setHeight(b.height() * shown.getHeight());
        });
    }

    private double shownWidth() {
        Image image = viewModel.imageProperty().get();
        if (viewModel.fitToWindowProperty().get()) {
            return Math.max(1, scroller.getViewportBounds().getWidth() - 2);
        }
        return image == null ? 0 : image.getWidth() * viewModel.zoomProperty().get();
    }

    private void syncZoomToFit() {
        Image image = viewModel.imageProperty().get();
        if (viewModel.fitToWindowProperty().get() && image != null && image.getWidth() > 0) {
            viewModel.zoomProperty().set(imageView.getBoundsInLocal().getWidth() / image.getWidth());
        }
    }

    private void zoomOnCtrlWheel(ScrollEvent event) {
        if (event.isControlDown() && event.getDeltaY() != 0) {
            viewModel.zoomBy(event.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
            event.consume();
        }
    }

    @FXML
    private void fit() {
        viewModel.fit();
    }

    @FXML
    private void actualSize() {
        viewModel.showActualSize();
    }

    @FXML
    private void save() {
        viewModel.saveAs();
    }

    @FXML
    private void copyUri() {
        viewModel.copyS3Uri();
    }

    @FXML
    private void copyUrl() {
        viewModel.copyPresignedUrl();
    }
}
