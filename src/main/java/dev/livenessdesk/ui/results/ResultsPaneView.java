package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.core.session.Verdict;
import dev.livenessdesk.ui.common.ErrorPanel;
import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The results pane: binds {@link ResultsViewModel} to ResultsPane.fxml (the session, its status and verdict, why it
 * scored so); the pictures are {@link ResultPicturesView}, placed here by the tab's width. Handlers only delegate.
 */
public final class ResultsPaneView {

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
    @FXML private HBox columns;
    @FXML private VBox detailsColumn;
    // The pictures' own view (ResultPictures.fxml): under the details, or beside them where the tab is wide.
    private VBox imagesBox;

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
        imagesBox = new ResultPicturesView(viewModel.pictures(), viewModel.sessionIdProperty()).root();
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

        styleStatus(viewModel.statusProperty().get());
        styleVerdict(verdict.verdictProperty().get());
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
