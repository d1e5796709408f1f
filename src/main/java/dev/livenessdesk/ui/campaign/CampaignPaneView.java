package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.ui.common.ViewLoader;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * The Campaign tab: binds {@link CampaignViewModel} to CampaignPane.fxml and draws the plots; handlers delegate.
 * How a session reads in the table is {@link CampaignSessionCells}'.
 */
public final class CampaignPaneView {

    /** The tab's title in the main window. */
    public static final String TAB_TITLE = CampaignText.get("tab.title");

    private final CampaignViewModel viewModel;
    private final ReportExportModel export;
    private final BucketCampaigns bucketCampaigns;

    @FXML private ComboBox<Campaign> campaignChoice;
    @FXML private TextField newCampaignName;
    @FXML private Label campaignNameProblem;
    @FXML private ComboBox<Scenario> scenarioChoice;
    @FXML private TextField newScenarioName;
    @FXML private ComboBox<Expectation> expectationChoice;
    @FXML private Label scenarioNameProblem;
    @FXML private Button nextButton;
    @FXML private Label tagging;
    @FXML private javafx.scene.control.TitledPane setUp;
    @FXML private javafx.scene.control.ToggleButton setUpSwitch;
    @FXML private StackPane playSlot;
    @FXML private Spinner<Integer> passMark;
    @FXML private Label summary;
    @FXML private Label notCounted;
    @FXML private TabPane views;
    @FXML private Tab sessionsTab;
    @FXML private Tab confidenceTab;
    @FXML private Tab sweepTab;
    @FXML private Tab feedbackTab;
    @FXML private TableView<CampaignSession> table;
    @FXML private TableColumn<CampaignSession, String> scenarioColumn;
    @FXML private TableColumn<CampaignSession, CampaignSession> statusColumn;
    @FXML private TableColumn<CampaignSession, String> confidenceColumn;
    @FXML private TableColumn<CampaignSession, CampaignSession> feedbackColumn;
    @FXML private TableColumn<CampaignSession, String> timeColumn;
    @FXML private TableColumn<CampaignSession, String> testerColumn;
    @FXML private TableColumn<CampaignSession, String> noteColumn;
    @FXML private ComboBox<Scenario> retagChoice;
    @FXML private Button retagButton;
    @FXML private TextField noteField;
    @FXML private Button excludeButton;
    @FXML private CheckBox includeImages;
    @FXML private Button exportHtmlButton;
    @FXML private Button exportCsvButton;
    @FXML private Button exportJsonButton;
    @FXML private Label message;
    @FXML private TextField openBucketName;
    @FXML private TextField openBucketPrefix;
    @FXML private Button openBucketButton;
    @FXML private Label openBucketStatus;

    public CampaignPaneView(CampaignViewModel viewModel, ReportExportModel export) {
        this(viewModel, export, null);
    }

    /** @param bucketCampaigns "Open from bucket"; null leaves the action out */
    public CampaignPaneView(CampaignViewModel viewModel, ReportExportModel export, BucketCampaigns bucketCampaigns) {
        this.viewModel = viewModel;
        this.export = export;
        this.bucketCampaigns = bucketCampaigns;
    }

    /** Builds the tab and reads the campaigns; call on the FX thread, once. */
    public Parent load() {
        // Scrolls rather than squeezing: down at 700 px (the set-up, the play strip and the charts need their
        // height), sideways where larger text needs more width than the window has.
        ScrollPane root = new ScrollPane(ViewLoader.load(this, "CampaignPane", CampaignText.bundle()));
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        viewModel.load();
        return root;
    }

    /** The sandbox's "play the check" strip, acting on the selected session. */
    public void setPlayStrip(Node strip) {
        // The strip may be wider than a narrow window: it is clipped there rather than pushing the tab wider.
        playSlot.setMinWidth(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(playSlot.widthProperty());
        clip.heightProperty().bind(playSlot.heightProperty());
        playSlot.setClip(clip);
        playSlot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        playSlot.getChildren().setAll(strip);
    }

    @FXML
    private void initialize() {
        campaignChoice.setItems(viewModel.campaigns());
        campaignChoice.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaignChoice.setConverter(named(Campaign::name));
        newCampaignName.textProperty().bindBidirectional(viewModel.newCampaignNameProperty());
        newCampaignName.setOnAction(event -> createCampaign());
        showProblem(campaignNameProblem, viewModel.campaignNameProblemProperty());

        scenarioChoice.setItems(viewModel.scenarios());
        scenarioChoice.valueProperty().bindBidirectional(viewModel.activeScenarioProperty());
        scenarioChoice.setConverter(named(s -> s.name() + " \u2014 " + s.expectation().label()));
        newScenarioName.textProperty().bindBidirectional(viewModel.newScenarioNameProperty());
        newScenarioName.setOnAction(event -> addScenario());
        expectationChoice.getItems().setAll(ReportExportModel.expectations());
        expectationChoice.valueProperty().bindBidirectional(viewModel.newScenarioExpectationProperty());
        expectationChoice.setConverter(named(Expectation::label));
        showProblem(scenarioNameProblem, viewModel.scenarioNameProblemProperty());
        nextButton.disableProperty().bind(viewModel.activeScenarioProperty().isNull());
        tagging.textProperty().bind(viewModel.taggingProperty());
        // Set-up is open while a campaign lacks scenarios; it folds away at Next to leave room for the numbers.
        setUp.setExpanded(true);
        // Folded, set-up is only its switch in the first row: the table keeps the height a folded pane took.
        setUpSwitch.selectedProperty().bindBidirectional(setUp.expandedProperty());
        setUp.visibleProperty().bind(setUp.expandedProperty());
        setUp.managedProperty().bind(setUp.expandedProperty());
        viewModel.campaignProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.name().equals(now.name()) || now.scenarios().isEmpty()) {
                setUp.setExpanded(now == null || now.scenarios().isEmpty());
            }
        });

        CampaignMetricsModel metrics = viewModel.metrics();
        passMark.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, metrics.passMarkProperty().get()));
        passMark.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                metrics.passMarkProperty().set(now);
            }
        });
        metrics.passMarkProperty().addListener((obs, old, now) -> {
            passMark.getValueFactory().setValue(now.intValue());
        });
        summary.textProperty().bind(metrics.summaryProperty());
        hideWhenEmpty(notCounted, javafx.beans.binding.Bindings.concat(metrics.notCountedProperty(),
                javafx.beans.binding.Bindings.when(metrics.notCountedProperty().isEmpty()).then("").otherwise(" "),
                metrics.crossingProperty()));
        // Always in place (one line), so the rows above do not jump while the tester aims at a button.
        message.textProperty().bind(viewModel.messageProperty());

        new CampaignPlotTabs(views, sessionsTab, confidenceTab, sweepTab, feedbackTab, metrics);

        bindTable();
        bindOpenFromBucket();
        List.of(exportHtmlButton, exportCsvButton, exportJsonButton)
                .forEach(button -> button.disableProperty().bind(export.busyProperty()));
    }

    private void bindTable() {
        table.setItems(viewModel.sessions());
        Label empty = new Label(CampaignText.get("table.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        CampaignSessionCells.text(scenarioColumn, CampaignSession::scenarioName);
        CampaignSessionCells.status(statusColumn);
        CampaignSessionCells.text(confidenceColumn, CampaignSessionCells::confidence);
        CampaignSessionCells.feedback(feedbackColumn);
        CampaignSessionCells.text(timeColumn, CampaignSessionCells::time);
        CampaignSessionCells.text(testerColumn, CampaignSession::tester);
        CampaignSessionCells.text(noteColumn, CampaignSessionCells::note);
        table.setRowFactory(view -> CampaignSessionCells.row());
        dev.livenessdesk.ui.common.ColumnsThatFit.install(table, List.of(noteColumn, testerColumn));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
            excludeButton.setText(CampaignText.get(now != null && now.excluded() ? "button.include" : "button.exclude"));
        });
        retagChoice.setItems(viewModel.scenarios());
        retagChoice.setConverter(named(Scenario::name));
        retagButton.disableProperty().bind(viewModel.selectedProperty().isNull().or(retagChoice.valueProperty().isNull()));
        excludeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    private void bindOpenFromBucket() {
        if (bucketCampaigns == null) {
            for (Node part : List.of(openBucketName, openBucketPrefix, openBucketButton, openBucketStatus)) {
                part.setVisible(false);
                part.setManaged(false);
            }
            return;
        }
        openBucketName.textProperty().bindBidirectional(bucketCampaigns.bucketProperty());
        openBucketPrefix.textProperty().bindBidirectional(bucketCampaigns.prefixProperty());
        openBucketName.setOnAction(event -> openFromBucket());
        openBucketPrefix.setOnAction(event -> openFromBucket());
        openBucketButton.disableProperty().bind(bucketCampaigns.readingProperty());
        hideWhenEmpty(openBucketStatus, bucketCampaigns.statusProperty());
    }

    @FXML
    private void openFromBucket() {
        bucketCampaigns.open();
    }

    @FXML
    private void createCampaign() {
        viewModel.createCampaign();
    }

    @FXML
    private void addScenario() {
        viewModel.addScenario();
    }

    @FXML
    private void next() {
        setUp.setExpanded(false);
        viewModel.next();
    }

    @FXML
    private void retag() {
        viewModel.retag(viewModel.selectedProperty().get(), retagChoice.getValue(), noteField.getText());
        noteField.clear();
    }

    @FXML
    private void toggleExcluded() {
        CampaignSession session = viewModel.selectedProperty().get();
        if (session != null) {
            viewModel.setExcluded(session, !session.excluded(), noteField.getText());
            noteField.clear();
        }
    }

    @FXML
    private void exportHtml() {
        export.exportHtml(includeImages.isSelected());
    }

    @FXML
    private void exportCsv() {
        export.exportSessions(ReportExportModel.Format.CSV);
    }

    @FXML
    private void exportJson() {
        export.exportSessions(ReportExportModel.Format.JSON);
    }

    private static void showProblem(Label label, javafx.beans.value.ObservableStringValue problem) {
        hideWhenEmpty(label, problem);
    }

    private static void hideWhenEmpty(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
