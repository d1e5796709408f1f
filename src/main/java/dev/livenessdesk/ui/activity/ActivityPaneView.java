package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.activity.ActivityOutcome;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivitySummary;
import dev.livenessdesk.core.activity.SupportText;
import dev.livenessdesk.ui.common.ErrorPanel;
import dev.livenessdesk.ui.common.ViewLoader;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Activity tab: binds {@link ActivityViewModel} and {@link TimelineViewModel} to ActivityPane.fxml, draws the
 * summary's chart and shows every text from outside (callers, user agents, records) with its control characters
 * made visible. Handlers delegate.
 */
public final class ActivityPaneView {

    /** The tab's title in the main window. */
    public static final String TAB_TITLE = ActivityText.get("tab.title");
    private final ActivityViewModel activity;
    private final TimelineViewModel timeline;

    @FXML private ComboBox<WindowChoice> windowChoice;
    @FXML private TextField fromField;
    @FXML private Label toDash;
    @FXML private TextField toField;
    @FXML private Label zoneLabel;
    @FXML private TextField openField;
    @FXML private TextField callerField;
    @FXML private TextField ipField;
    @FXML private ComboBox<ActivityOutcome> outcomeChoice;
    @FXML private CheckBox athenaCheck;
    @FXML private FlowPane athenaRow;
    @FXML private TextField athenaTable;
    @FXML private TextField athenaOutput;
    @FXML private Label athenaTableProblem;
    @FXML private Label athenaOutputProblem;
    @FXML private Button findButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator readingIndicator;
    @FXML private Label progressLabel;
    @FXML private Label windowProblem;
    @FXML private Label notesLabel;
    @FXML private ErrorPanel errorPanel;
    @FXML private SplitPane split;
    @FXML private javafx.scene.layout.HBox summaryBox;
    @FXML private Label figuresLabel;
    @FXML private Label reasonsLabel;
    @FXML private Label clientsLabel;
    @FXML private StackedBarChart<String, Number> hourChart;
    @FXML private CategoryAxis hourAxis;
    @FXML private TableView<ActivitySession> table;
    @FXML private TableColumn<ActivitySession, ActivitySession> createdColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> idColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> callerColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> settingsColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> startedColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> clientColumn;
    @FXML private TableColumn<ActivitySession, ActivitySession> outcomeColumn;
    @FXML private javafx.scene.control.ScrollPane timelinePane;
    @FXML private VBox eventBox;
    @FXML private VBox s3Box;
    @FXML private Label timelineTitle;
    @FXML private Label verdictLabel;
    @FXML private Label resultsLabel;
    @FXML private Label timelineStatus;
    @FXML private ErrorPanel timelineError;
    @FXML private javafx.scene.control.Button eraseTimelineButton;

    public ActivityPaneView(ActivityViewModel activity, TimelineViewModel timeline) {
        this.activity = activity;
        this.timeline = timeline;
    }

    public Parent load() {
        return ViewLoader.load(this, "ActivityPane");
    }

    @FXML
    private void initialize() {
        windowChoice.getItems().setAll(WindowChoice.values());
        windowChoice.valueProperty().bindBidirectional(activity.windowChoiceProperty());
        fromField.textProperty().bindBidirectional(activity.fromProperty());
        toField.textProperty().bindBidirectional(activity.toProperty());
        var typedWindow = activity.windowChoiceProperty().isEqualTo(WindowChoice.FROM_TO);
        for (var node : List.of(fromField, toDash, toField)) {
            node.visibleProperty().bind(typedWindow);
            node.managedProperty().bind(typedWindow);
        }
        zoneLabel.setText(activity.zoneLine());
        callerField.textProperty().bindBidirectional(activity.callerProperty());
        ipField.textProperty().bindBidirectional(activity.sourceIpProperty());
        outcomeChoice.getItems().add(null);
        outcomeChoice.getItems().addAll(ActivityOutcome.values());
        outcomeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActivityOutcome outcome) {
                return outcome == null ? ActivityText.get("filter.outcome.any") : outcome.label();
            }

            @Override
            public ActivityOutcome fromString(String text) {
                return null;
            }
        });
        outcomeChoice.valueProperty().bindBidirectional(activity.outcomeProperty());
        findButton.disableProperty().bind(activity.readingProperty());
        cancelButton.disableProperty().bind(activity.readingProperty().not());
        readingIndicator.visibleProperty().bind(activity.readingProperty());
        progressLabel.textProperty().bind(activity.progressProperty());
        showWhenSet(windowProblem, activity.windowProblemProperty());
        showWhenSet(notesLabel, activity.notesProperty());
        errorPanel.errorProperty().bind(activity.errorProperty());
        bindTable();
        SummaryPanel summaryPanel = new SummaryPanel(figuresLabel, reasonsLabel, clientsLabel, hourChart,
                activity.zone());
        activity.summaryProperty().addListener((obs, old, now) -> summaryPanel.show(now));
        summaryPanel.show(null);
        bindAthena();
        bindTimeline();
    }

    private static void showWhenSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        var set = Bindings.isNotEmpty(text);
        label.visibleProperty().bind(set);
        label.managedProperty().bind(set);
    }

    private void bindTable() {
        ZoneId zone = activity.zone();
        table.setItems(activity.rows());
        dev.livenessdesk.ui.common.ColumnsThatFit.growWithText(table);
        SessionCells.cells(createdColumn, false, s -> s.createdAt().map(t -> SessionCells.shortTime(t, zone))
                .orElse(ActivityText.get("cell.beforeWindow")), s -> s.createdAt()
                .map(t -> dev.livenessdesk.ui.common.ShownTime.tooltip(t, zone)).orElse(""));
        SessionCells.cells(idColumn, false, s -> s.id().orElse(ActivityText.get("cell.refused")), s -> "");
        SessionCells.cells(callerColumn, true, s -> SupportText.visible(s.createdByDesk()
                ? ActivityText.get("cell.byDesk", SessionCells.roleOf(s.caller())) : SessionCells.roleOf(s.caller())),
                s -> SupportText.visible(s.caller()));
        SessionCells.cells(settingsColumn, true, s -> s.bucket().map(b -> SupportText.visible(ActivityText.get("cell.settings", b,
                s.prefix().orElse(""), s.auditImages().orElse("0")))).orElse(""), s -> s.challenge()
                .map(SupportText::visible).orElse(""));
        // When and from where in one cell: the start's time above its IP.
        SessionCells.cells(startedColumn, true, s -> s.startedAt().map(t -> SessionCells.shortTime(t, zone) + "\n"
                + SupportText.visible(s.startIp())).orElse(ActivityText.get("cell.notStarted")), s -> s.startedAt().map(t -> dev.livenessdesk.ui.common.ShownTime.tooltip(t,
                zone)).orElse(""));
        SessionCells.cells(clientColumn, true, s -> SupportText.visible(SessionCells.clientCell(s.client())),
                s -> SupportText.visible(s.client().summary() + "\n" + s.client().raw()));
        SessionCells.cells(outcomeColumn, true, s -> SupportText.visible(SessionCells.outcomeCell(s)), s -> SupportText.visible(
                s.reason().map(r -> r.line()).orElse(s.outcomeLine())
                        + s.completion().map(c -> "\n" + c).orElse("")));
        table.setRowFactory(view -> {
            TableRow<ActivitySession> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && row.getItem() != null && row.getItem().id().isPresent()) {
                    timeline.open(row.getItem().id().get());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            ActivitySession selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null && selected.id().isPresent()) {
                timeline.open(selected.id().get());
            }
        });
    }

    /** The Athena row shows while Read through Athena is ticked; each problem beside its field. */
    private void bindAthena() {
        AthenaSettingViewModel athena = activity.athena();
        athenaCheck.selectedProperty().bindBidirectional(athena.useProperty());
        athenaRow.visibleProperty().bind(athena.useProperty());
        athenaRow.managedProperty().bind(athena.useProperty());
        athenaTable.textProperty().bindBidirectional(athena.tableProperty());
        athenaOutput.textProperty().bindBidirectional(athena.outputProperty());
        showWhenSet(athenaTableProblem, athena.tableProblemProperty());
        showWhenSet(athenaOutputProblem, athena.outputProblemProperty());
    }

    private void bindTimeline() {
        // While a timeline is open the summary folds away: the rows and the story share the height.
        summaryBox.visibleProperty().bind(timeline.shownProperty().not());
        summaryBox.managedProperty().bind(timeline.shownProperty().not());
        timelinePane.visibleProperty().bind(timeline.shownProperty());
        timelinePane.managedProperty().bind(timeline.shownProperty());
        timeline.shownProperty().addListener((obs, was, now) -> {
            if (now && !split.getItems().contains(timelinePane)) {
                split.getItems().add(timelinePane);
                split.setDividerPositions(0.4);
            } else if (!now) {
                split.getItems().remove(timelinePane);
            }
        });
        split.getItems().remove(timelinePane);
        timelineTitle.textProperty().bind(Bindings.createStringBinding(() -> ActivityText.get("timeline.title",
                timeline.sessionIdProperty().get()), timeline.sessionIdProperty()));
        verdictLabel.textProperty().bind(timeline.verdictProperty());
        // A session has a handful of events: labels that wrap, each with its record as CloudTrail sent it on hover.
        timeline.events().addListener((javafx.collections.ListChangeListener<TimelineViewModel.Line>) change ->
                eventBox.getChildren().setAll(timeline.events().stream().map(line -> {
                    Label label = new Label(line.time() + "  " + line.words());
                    label.setWrapText(true);
                    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    label.setTooltip(new Tooltip(line.record()));
                    label.getStyleClass().add("activity-event");
                    return label;
                }).toList()));
        timeline.s3().addListener((javafx.collections.ListChangeListener<String>) change ->
                s3Box.getChildren().setAll(timeline.s3().stream().map(line -> {
                    Label label = new Label(line);
                    label.setWrapText(true);
                    label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    return label;
                }).toList()));
        resultsLabel.textProperty().bind(timeline.resultsProperty());
        eraseTimelineButton.disableProperty().bind(timeline.canEraseProperty().not());
        timelineStatus.textProperty().bind(timeline.statusProperty());
        timelineError.errorProperty().bind(timeline.errorProperty());
    }

    @FXML
    private void find() {
        activity.find();
    }

    @FXML
    private void cancel() {
        activity.cancel();
    }

    @FXML
    private void openTimeline() {
        timeline.open(openField.getText());
    }

    @FXML
    private void copyForSupport() {
        timeline.copyForSupport();
    }

    @FXML
    private void eraseSession() {
        timeline.eraseShown();
    }

    @FXML
    private void closeTimeline() {
        timeline.close();
    }
}
