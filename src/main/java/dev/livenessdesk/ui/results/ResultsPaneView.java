package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.core.session.Verdict;
import dev.livenessdesk.ui.common.ErrorPanel;
import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The results pane: binds {@link ResultsViewModel} to ResultsPane.fxml; handlers only delegate. */
public final class ResultsPaneView {

    private static final double THUMBNAIL_HEIGHT = ResultPicture.THUMBNAIL_HEIGHT;
    private static final double THUMBNAIL_WIDTH = ResultPicture.THUMBNAIL_WIDTH;

    private final ResultsViewModel viewModel;
    // Held here: a bidirectional binding keeps only weak references to its two ends.
    private ObjectProperty<Integer> passMarkValue;

    @FXML private TextField lookUpField;
    @FXML private Label lookUpProblem;
    @FXML private Label placeholder;
    @FXML private GridPane details;
    @FXML private TextField sessionIdField;
    @FXML private Label statusBadge;
    @FXML private ProgressIndicator askingIndicator;
    @FXML private Label pollingNote;
    @FXML private Button stopButton;
    @FXML private Button checkNowButton;
    @FXML private Label statusExplanation;
    @FXML private Label confidenceValue;
    @FXML private Label verdictBadge;
    @FXML private Spinner<Integer> passMark;
    @FXML private Label challengeValue;
    @FXML private ErrorPanel errorPanel;
    @FXML private HBox passMarkRow;
    @FXML private Label whyName;
    @FXML private VBox whyBox;
    @FXML private Label feedbackHeading;
    @FXML private Label feedbackNextStep;
    @FXML private Label clientName;
    @FXML private Label clientValue;
    @FXML private Label auditName;
    @FXML private VBox auditBox;
    @FXML private Label auditValue;
    @FXML private Label referenceMissing;
    @FXML private Label historyProblem;
    @FXML private VBox imagesBox;
    @FXML private HBox columns;
    @FXML private VBox detailsColumn;
    @FXML private CheckBox faceBoxToggle;
    @FXML private ProgressIndicator imagesIndicator;
    @FXML private Label imagesNote;
    @FXML private FaceBoxImageView shownImage;
    @FXML private VBox thumbnails;
    @FXML private HBox picturesRow;

    public ResultsPaneView(ResultsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Builds the pane; call on the FX thread, once. */
    public Parent load() {
        // Scrolls rather than squeezing, under the tab's strip: a low score's reasons can outgrow a 760 px window,
        // larger text a 1024 px one (sideways then), and a squeezed label cuts its words off.
        ScrollPane scroll = new ScrollPane(ViewLoader.load(this, "ResultsPane", ResultsText.bundle()));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("results-scroll");
        return scroll;
    }

    /** Two columns (details, pictures) from this width of the tab on; below it the pictures go under the details. */
    static final double TWO_COLUMNS_FROM = 960;

    private Boolean twoColumns;

    /** The pictures beside the details where the tab is wide (the form folded), under them where it is not. */
    private void arrangeColumns(double width) {
        boolean wide = width >= TWO_COLUMNS_FROM;
        if (twoColumns != null && twoColumns == wide) {
            return;
        }
        twoColumns = wide;
        VBox pane = (VBox) columns.getParent();
        pane.getChildren().remove(imagesBox);
        columns.getChildren().remove(imagesBox);
        if (wide) {
            // Both columns start from nothing and share the width; the HBox asks each its height at that width.
            detailsColumn.setPrefWidth(0);
            imagesBox.setPrefWidth(0);
            HBox.setHgrow(imagesBox, Priority.ALWAYS);
            columns.getChildren().add(imagesBox);
            VBox.setVgrow(columns, Priority.ALWAYS);
        } else {
            detailsColumn.setPrefWidth(Region.USE_COMPUTED_SIZE);
            imagesBox.setPrefWidth(Region.USE_COMPUTED_SIZE);
            VBox.setVgrow(columns, Priority.NEVER);
            pane.getChildren().add(pane.getChildren().indexOf(columns) + 1, imagesBox);
        }
    }

    public ResultsViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        lookUpField.textProperty().bindBidirectional(viewModel.sessionLookUp().lookUpIdProperty());
        lookUpProblem.textProperty().bind(viewModel.sessionLookUp().lookUpProblemProperty());
        showWhenText(lookUpProblem);

        var noSession = viewModel.sessionIdProperty().isEmpty();
        placeholder.visibleProperty().bind(noSession);
        details.visibleProperty().bind(noSession.not());
        imagesBox.visibleProperty().bind(noSession.not());
        managedFollowsVisible(placeholder, details, imagesBox);
        columns.visibleProperty().bind(noSession.not());
        columns.managedProperty().bind(columns.visibleProperty());
        // After the layout pass that changed the width: constraints changed inside a pass leave rows on top of rows.
        columns.widthProperty().addListener((obs, old, width) -> javafx.application.Platform.runLater(
                () -> arrangeColumns(columns.getWidth())));
        arrangeColumns(0);

        sessionIdField.textProperty().bind(viewModel.sessionIdProperty());
        statusBadge.textProperty().bind(viewModel.shown().statusTextProperty());
        statusBadge.visibleProperty().bind(viewModel.shown().statusTextProperty().isNotEmpty());
        viewModel.statusProperty().addListener((obs, old, status) -> styleStatus(status));
        askingIndicator.visibleProperty().bind(viewModel.askingProperty());
        managedFollowsVisible(askingIndicator);
        pollingNote.textProperty().bind(viewModel.pollingNoteProperty());
        stopButton.disableProperty().bind(viewModel.followingProperty().not());
        checkNowButton.disableProperty().bind(noSession.or(viewModel.askingProperty()));
        stopButton.setOnAction(event -> viewModel.stop());
        checkNowButton.setOnAction(event -> viewModel.checkNow());
        statusExplanation.textProperty().bind(viewModel.shown().statusExplanationProperty());

        confidenceValue.textProperty().bind(Bindings.when(viewModel.shown().confidenceTextProperty().isEmpty())
                .then("\u2014").otherwise(viewModel.shown().confidenceTextProperty()));
        VerdictViewModel verdict = viewModel.verdict();
        verdictBadge.textProperty().bind(verdict.verdictTextProperty());
        verdictBadge.visibleProperty().bind(verdict.verdictProperty().isNotEqualTo(Verdict.NONE));
        verdict.verdictProperty().addListener((obs, old, now) -> styleVerdict(now));
        passMark.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                verdict.passMarkProperty().get()));
        passMarkValue = verdict.passMarkProperty().asObject();
        passMark.getValueFactory().valueProperty().bindBidirectional(passMarkValue);
        passMark.setAccessibleText(ResultsText.get("field.passMark"));
        challengeValue.textProperty().bind(Bindings.when(viewModel.shown().challengeTextProperty().isEmpty())
                .then("\u2014").otherwise(viewModel.shown().challengeTextProperty()));
        showReading(viewModel.reading());
        PassMarkPresetsBar presetsBar = new PassMarkPresetsBar(viewModel.presets());
        HBox.setHgrow(presetsBar, Priority.ALWAYS);
        passMarkRow.getChildren().add(presetsBar);

        errorPanel.errorProperty().bind(viewModel.errorProperty());
        historyProblem.textProperty().bind(viewModel.historyProblemProperty());
        showWhenText(historyProblem);

        ResultPicturesViewModel pictures = viewModel.pictures();
        faceBoxToggle.selectedProperty().bindBidirectional(pictures.showFaceBoxProperty());
        imagesIndicator.visibleProperty().bind(pictures.loadingImagesProperty());
        managedFollowsVisible(imagesIndicator);
        imagesNote.textProperty().bind(Bindings.createStringBinding(this::imagesNoteText,
                pictures.imagesNoteProperty(), pictures.loadingImagesProperty(), pictures.pictures()));
        shownImage.boxVisibleProperty().bind(pictures.showFaceBoxProperty());
        // An empty dark frame before the check has run reads as a broken image: show it only with pictures.
        picturesRow.visibleProperty().bind(Bindings.isNotEmpty(pictures.pictures()));
        picturesRow.managedProperty().bind(picturesRow.visibleProperty());
        // Which image of which session, and where the face box is: a screen reader's user gets what is shown.
        shownImage.accessibleTextProperty().bind(Bindings.createStringBinding(() -> PictureDescription.of(
                        pictures.shownPictureProperty().get(), viewModel.sessionIdProperty().get(),
                        pictures.showFaceBoxProperty().get()),
                pictures.shownPictureProperty(), viewModel.sessionIdProperty(), pictures.showFaceBoxProperty()));
        pictures.shownPictureProperty().addListener((obs, old, picture) -> showPicture(picture));
        pictures.pictures().addListener((ListChangeListener<ResultPicture>) change -> buildThumbnails());
        styleStatus(viewModel.statusProperty().get());
        styleVerdict(verdict.verdictProperty().get());
        showPicture(pictures.shownPictureProperty().get());
        buildThumbnails();
    }

    /** Why it scored so (heading, chips, next step), the client, and the audit images against the request. */
    private void showReading(ResultReading reading) {
        feedbackHeading.textProperty().bind(reading.feedbackHeadingProperty());
        feedbackNextStep.textProperty().bind(reading.feedbackNextStepProperty());
        showWhenText(feedbackNextStep);
        whyBox.getChildren().add(1, new FeedbackChips(reading.feedback()));
        rowShownWithText(reading.feedbackHeadingProperty(), whyName, whyBox);
        clientValue.textProperty().bind(reading.clientProperty());
        clientValue.setTooltip(new Tooltip(ResultsText.get("client.tooltip")));
        rowShownWithText(reading.clientProperty(), clientName, clientValue);
        auditValue.textProperty().bind(reading.auditImagesProperty());
        referenceMissing.textProperty().bind(reading.referenceMissingProperty());
        showWhenText(referenceMissing);
        for (Label wrapping : new Label[] {feedbackHeading, feedbackNextStep, clientValue, auditValue,
                referenceMissing}) {
            wrapping.setMinHeight(Region.USE_PREF_SIZE);
        }
        rowShownWithText(reading.auditImagesProperty().concat(reading.referenceMissingProperty()), auditName,
                auditBox);
    }

    private static void rowShownWithText(ObservableStringValue text, Node... row) {
        for (Node node : row) {
            node.visibleProperty().bind(Bindings.createBooleanBinding(() -> !text.get().isEmpty(), text));
            node.managedProperty().bind(node.visibleProperty());
        }
    }

    @FXML
    private void lookUp() {
        viewModel.sessionLookUp().lookUp();
    }

    private String imagesNoteText() {
        ResultPicturesViewModel pictures = viewModel.pictures();
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
        for (ResultPicture picture : viewModel.pictures().pictures()) {
            thumbnails.getChildren().add(thumbnail(picture));
        }
        showPicture(viewModel.pictures().shownPictureProperty().get());
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
            viewModel.pictures().shownPictureProperty().set(picture);
            // A second press on the shown one leaves it shown (and selected), as a row of pictures does.
            button.setSelected(true);
        });
        return button;
    }

    private void styleStatus(SessionStatus status) {
        statusBadge.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-badge"));
        if (status != null) {
            statusBadge.getStyleClass().add("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private void styleVerdict(Verdict verdict) {
        verdictBadge.getStyleClass().removeAll("verdict-pass", "verdict-fail");
        if (verdict == Verdict.PASS) {
            verdictBadge.getStyleClass().add("verdict-pass");
        } else if (verdict == Verdict.FAIL) {
            verdictBadge.getStyleClass().add("verdict-fail");
        }
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void managedFollowsVisible(Node... nodes) {
        for (Node node : nodes) {
            node.managedProperty().bind(node.visibleProperty());
        }
    }
}
