package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.ErrorPanel;
import dev.livenessdesk.ui.common.ViewLoader;
import dev.livenessdesk.core.images.SessionFolder;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.GridView;

/**
 * The viewer pane's controller: binds the controls to {@link ImageViewerViewModel} and hands clicks to it. Build it
 * with {@link #load}; embed {@link #root()} anywhere.
 */
public final class ImageViewerView {

    private final ImageViewerViewModel viewModel;
    private final ResourceBundle words = ViewerWords.bundle();

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Button refreshButton;
    @FXML private Label searchProblem;
    @FXML private Label locationLabel;
    @FXML private ErrorPanel problemPanel;
    private final Button switchRegionButton = new Button();
    @FXML private ListView<SessionFolder> sessionsList;
    @FXML private Button loadMoreButton;
    @FXML private ProgressIndicator sessionsBusy;
    @FXML private Label sessionsHint;
    @FXML private Label sessionTitle;
    @FXML private Label note;
    @FXML private GridView<ThumbnailTile> grid;
    @FXML private Label emptyState;
    @FXML private ProgressIndicator imagesBusy;

    private ImageViewerView(ImageViewerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the FXML with a controller bound to the given view model. Call on the FX thread. */
    public static ImageViewerView load(ImageViewerViewModel viewModel) {
        ImageViewerView view = new ImageViewerView(viewModel);
        ViewLoader.load(view, "ImageViewer", ViewerWords.bundle());
        return view;
    }

    public Node root() {
        return root;
    }

    public ImageViewerViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        refreshButton.setAccessibleText(words.getString("sessions.refresh.accessible"));
        showWhenText(searchProblem, viewModel.searchProblemProperty());
        locationLabel.textProperty().bind(viewModel.locationProperty());
        bindProblem();

        sessionsList.setItems(viewModel.sessions());
        sessionsList.setCellFactory(list -> new SessionCell(viewModel, words));
        sessionsList.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, folder) -> viewModel.selectSession(folder));
        loadMoreButton.visibleProperty().bind(viewModel.moreSessionsProperty());
        loadMoreButton.managedProperty().bind(loadMoreButton.visibleProperty());
        loadMoreButton.disableProperty().bind(viewModel.sessionsBusyProperty());
        sessionsBusy.visibleProperty().bind(viewModel.sessionsBusyProperty());
        sessionsBusy.managedProperty().bind(sessionsBusy.visibleProperty());
        showWhenText(sessionsHint, viewModel.sessionsHintProperty());

        sessionTitle.textProperty().bind(viewModel.sessionTitleProperty());
        showWhenText(note, viewModel.noteProperty());
        grid.setItems(viewModel.tiles());
        grid.setCellWidth(ThumbnailCell.WIDTH);
        grid.setCellHeight(ThumbnailCell.HEIGHT);
        grid.setHorizontalCellSpacing(8);
        grid.setVerticalCellSpacing(8);
        grid.setCellFactory(g -> new ThumbnailCell(words, this::open, viewModel::retry));
        showWhenText(emptyState, viewModel.emptyStateProperty());
        imagesBusy.visibleProperty().bind(viewModel.imagesBusyProperty());
    }

    private void bindProblem() {
        problemPanel.errorProperty().bind(viewModel.problemProperty());
        switchRegionButton.setId("switchRegionButton");
        switchRegionButton.getStyleClass().add("accent");
        switchRegionButton.setOnAction(event -> viewModel.switchRegion());
        switchRegionButton.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(words.getString("problem.switch"), viewModel.switchRegionTargetProperty()
                        .get()), viewModel.switchRegionTargetProperty()));
        switchRegionButton.visibleProperty().bind(viewModel.switchRegionTargetProperty().isNotEmpty());
        switchRegionButton.managedProperty().bind(switchRegionButton.visibleProperty());
        problemPanel.addAction(switchRegionButton);
    }

    private static void showWhenText(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }

    private void open(ThumbnailTile tile) {
        ImageDetailView.open(root.getScene() == null ? null : root.getScene().getWindow(), viewModel.detailOf(tile));
    }

    @FXML
    private void openSearched() {
        viewModel.openSearchedSession();
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    @FXML
    private void loadMore() {
        viewModel.loadMoreSessions();
    }
}
