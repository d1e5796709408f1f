package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.ErrorPanel;
import dev.livenessdesk.ui.common.ItemsWhileShown;
import dev.livenessdesk.ui.common.RowsMadeWhileHidden;
import dev.livenessdesk.ui.common.TextScale;
import dev.livenessdesk.ui.common.ViewLoader;
import dev.livenessdesk.core.images.SessionFolder;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.GridView;

/**
 * The viewer pane's controller: binds the controls to {@link ImageViewerViewModel} and hands clicks to it. Build
 * it as every view is built: {@code new ImageViewerView(viewModel).load()}.
 */
public final class ImageViewerView {

    private final ImageViewerViewModel viewModel;
    private final ResourceBundle words = ViewerWords.bundle();

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private Button refreshButton;
    @FXML private Button eraseButton;
    @FXML private Button timelineButton;
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

    private final ObservableBooleanValue shown;
    /** Records came while the rows were hidden: they are redrawn when shown. */
    private boolean rowsBehind;

    /** A viewer that is always in sight. */
    public ImageViewerView(ImageViewerViewModel viewModel) {
        this(viewModel, new SimpleBooleanProperty(true));
    }

    /** A viewer in a tab: its lists take the view model's changes while {@code shown} (see ItemsWhileShown). */
    public ImageViewerView(ImageViewerViewModel viewModel, ObservableBooleanValue shown) {
        this.viewModel = viewModel;
        this.shown = shown;
    }

    /** Builds the pane; call on the FX thread, once. */
    public Parent load() {
        return ViewLoader.load(this, "ImageViewer", ViewerWords.bundle());
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

        ItemsWhileShown<SessionFolder> sessions = ItemsWhileShown.follow(viewModel.sessionList().sessions(), shown);
        sessionsList.setItems(sessions.items());
        sessionsList.setCellFactory(list -> new SessionCell(viewModel.sessionList(), words, ZoneId.systemDefault()));
        RowsMadeWhileHidden.prepare(sessionsList, shown, new SessionFolder("", "", "", java.util.Optional.empty()));
        // Records arrive after the listing: the rows already drawn show them too, once they are in sight.
        viewModel.sessionList().records().changesProperty().addListener((obs, old, now) -> {
            rowsBehind = true;
            refreshRowsIfShown();
        });
        shown.addListener((obs, was, now) -> refreshRowsIfShown());
        sessionsList.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, folder) -> viewModel.selectSession(folder));
        loadMoreButton.visibleProperty().bind(viewModel.sessionList().moreProperty());
        loadMoreButton.managedProperty().bind(loadMoreButton.visibleProperty());
        loadMoreButton.disableProperty().bind(viewModel.sessionList().busyProperty());
        sessionsBusy.visibleProperty().bind(viewModel.sessionList().busyProperty());
        sessionsBusy.managedProperty().bind(sessionsBusy.visibleProperty());
        showWhenText(sessionsHint, viewModel.sessionList().hintProperty());

        sessionTitle.textProperty().bind(viewModel.images().sessionTitleProperty());
        eraseButton.disableProperty().bind(viewModel.sessionShownProperty().not());
        timelineButton.disableProperty().bind(viewModel.sessionShownProperty().not());
        showWhenText(note, viewModel.images().noteProperty());
        // While a session's images are listed the grid is hidden and holds its cells: the new tiles then reuse
        // them, where emptying the grid first would make every cell anew (bench/fx-stall, paging).
        ObservableBooleanValue listing = viewModel.images().busyProperty();
        grid.visibleProperty().bind(Bindings.not(listing));
        grid.setItems(ItemsWhileShown.follow(viewModel.images().tiles(),
                Bindings.createBooleanBinding(() -> shown.get() && !listing.get(), shown, listing)).items());
        // Wider and taller with larger text (the Display menu), so a tile's caption (size, time) reads whole.
        grid.cellWidthProperty().bind(TextScale.factorProperty().multiply(ThumbnailCell.WIDTH));
        // Tiles of a result's images know no size or time: without that line a tile ends under its file name
        // instead of over an empty strip.
        // Set only when tiles come (not while the list is emptied between sessions): a grid whose cell height
        // changes makes its cells anew.
        grid.setCellHeight(TextScale.factorProperty().get() * ThumbnailCell.HEIGHT);
        viewModel.images().tiles().addListener((javafx.collections.ListChangeListener<ThumbnailTile>) change -> {
            if (!viewModel.images().tiles().isEmpty()) {
                double height = TextScale.factorProperty().get() * (viewModel.images().tiles().stream()
                        .anyMatch(ThumbnailCell::hasMeta) ? ThumbnailCell.HEIGHT : ThumbnailCell.HEIGHT_WITHOUT_META);
                if (grid.getCellHeight() != height) {
                    grid.setCellHeight(height);
                }
            }
        });
        grid.setHorizontalCellSpacing(8);
        grid.setVerticalCellSpacing(8);
        grid.setCellFactory(g -> new ThumbnailCell(words, this::open, viewModel::retry));
        showWhenText(emptyState, viewModel.images().emptyStateProperty());
        imagesBusy.visibleProperty().bind(listing);
    }

    /** Redraws the session rows that records came for while they were hidden, once they are in sight. */
    private void refreshRowsIfShown() {
        if (rowsBehind && shown.get()) {
            rowsBehind = false;
            sessionsList.refresh();
        }
    }

    private void bindProblem() {
        problemPanel.errorProperty().bind(viewModel.problem().errorProperty());
        switchRegionButton.setId("switchRegionButton");
        switchRegionButton.getStyleClass().add("accent");
        switchRegionButton.setOnAction(event -> viewModel.switchRegion());
        var switchRegionTarget = viewModel.problem().switchRegionTargetProperty();
        switchRegionButton.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(words.getString("problem.switch"), switchRegionTarget.get()),
                switchRegionTarget));
        switchRegionButton.visibleProperty().bind(switchRegionTarget.isNotEmpty());
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
    private void erase() {
        viewModel.eraseShown();
    }

    @FXML
    private void timeline() {
        viewModel.timelineOfShown();
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
