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
    /** Lines per summary list before "... and N more". */
    static final int SUMMARY_LINES = 3;

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
        activity.summaryProperty().addListener((obs, old, now) -> showSummary(now));
        showSummary(null);
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
        cells(createdColumn, false, s -> s.createdAt().map(t -> shortTime(t, zone))
                .orElse(ActivityText.get("cell.beforeWindow")), s -> s.createdAt()
                .map(t -> dev.livenessdesk.ui.common.ShownTime.tooltip(t, zone)).orElse(""));
        cells(idColumn, false, s -> s.id().orElse(ActivityText.get("cell.refused")), s -> "");
        cells(callerColumn, true, s -> SupportText.visible(s.createdByDesk()
                ? ActivityText.get("cell.byDesk", roleOf(s.caller())) : roleOf(s.caller())),
                s -> SupportText.visible(s.caller()));
        cells(settingsColumn, true, s -> s.bucket().map(b -> SupportText.visible(ActivityText.get("cell.settings", b,
                s.prefix().orElse(""), s.auditImages().orElse("0")))).orElse(""), s -> s.challenge()
                .map(SupportText::visible).orElse(""));
        // When and from where in one cell: the start's time above its IP.
        cells(startedColumn, true, s -> s.startedAt().map(t -> shortTime(t, zone) + "\n"
                + SupportText.visible(s.startIp())).orElse(ActivityText.get("cell.notStarted")), s -> s.startedAt().map(t -> dev.livenessdesk.ui.common.ShownTime.tooltip(t,
                zone)).orElse(""));
        cells(clientColumn, true, s -> SupportText.visible(clientCell(s.client())),
                s -> SupportText.visible(s.client().summary() + "\n" + s.client().raw()));
        cells(outcomeColumn, true, s -> SupportText.visible(outcomeCell(s)), s -> SupportText.visible(
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

    /** "checkout-backend" of an assumed role's ARN, "user/ana" of a user's; the whole text of anything else. */
    static String roleOf(String caller) {
        int role = caller.indexOf(":assumed-role/");
        if (role >= 0) {
            String rest = caller.substring(role + ":assumed-role/".length());
            int slash = rest.indexOf('/');
            return slash > 0 ? rest.substring(0, slash) : rest;
        }
        int user = caller.indexOf(":user/");
        return user >= 0 ? caller.substring(user + 1) : caller;
    }

    /** "14:05:02" today, "12-05 14:05" another day: the column stays narrow, the hover has the whole time. */
    private String shortTime(java.time.Instant time, ZoneId zone) {
        var at = time.atZone(zone);
        boolean today = at.toLocalDate().equals(java.time.LocalDate.now(zone));
        return java.time.format.DateTimeFormatter.ofPattern(today ? "HH:mm:ss" : "MM-dd HH:mm").format(at);
    }

    /** Cells that wrap (a row grows to two lines rather than cut a reason short) with the whole text on hover. */
    /** The browser and system where known ("Safari 16 on iOS 16"), else the SDK, else the raw text. */
    private static String clientCell(dev.livenessdesk.core.activity.ClientAgent client) {
        if (client.browser().isPresent()) {
            return client.os().map(os -> client.browser().get() + " / " + os).orElse(client.browser().get());
        }
        return client.sdk().or(client::os).orElse(client.raw());
    }

    /** The outcome with the reader of the results named by role, as the caller column names the creator. */
    private static String outcomeCell(ActivitySession session) {
        String base = session.reason().filter(r -> session.outcome() == ActivityOutcome.FAILED)
                .map(r -> session.outcome().label() + ": " + r.title()).orElseGet(() -> session.outcome().label());
        if (session.resultReads().isEmpty()) {
            return base;
        }
        String reader = session.resultReads().get(session.resultReads().size() - 1).caller();
        return ActivityText.get("cell.readBy", base, roleOf(reader));
    }

    private static void cells(TableColumn<ActivitySession, ?> column, boolean wrap,
                              Function<ActivitySession, String> text, Function<ActivitySession, String> tip) {
        @SuppressWarnings("unchecked")
        TableColumn<ActivitySession, ActivitySession> sessions = (TableColumn<ActivitySession, ActivitySession>) column;
        sessions.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        sessions.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(wrap);
            }

            @Override
            protected void updateItem(ActivitySession session, boolean empty) {
                super.updateItem(session, empty);
                setText(empty || session == null ? null : text.apply(session));
                String hover = empty || session == null ? "" : tip.apply(session);
                setTooltip(hover.isEmpty() ? null : new Tooltip(hover));
            }
        });
    }

    private void showSummary(ActivitySummary summary) {
        hourChart.getData().clear();
        if (summary == null) {
            hourChart.setAccessibleText(ActivityText.get("chart.empty"));
            figuresLabel.setText(ActivityText.get("summary.none"));
            reasonsLabel.setText("");
            clientsLabel.setText("");
            return;
        }
        figuresLabel.setText(ActivityText.get("summary.figures", summary.sessions(), summary.created(),
                summary.started(), summary.completed(), summary.failed(), summary.neverStarted(), summary.waiting()));
        reasonsLabel.setText(lines(summary.failuresByReason().stream()
                .map(c -> ActivityText.get("summary.line", c.name(), c.count())).toList()));
        clientsLabel.setText(lines(summary.byClient().stream()
                .map(c -> ActivityText.get("summary.clientLine", SupportText.visible(c.client()), c.sessions(),
                        c.failed())).toList()));
        XYChart.Series<String, Number> ok = new XYChart.Series<>();
        ok.setName(ActivityText.get("chart.ok"));
        XYChart.Series<String, Number> failed = new XYChart.Series<>();
        failed.setName(ActivityText.get("chart.failed"));
        // Categories must be unique: within a day "14", the first hour and midnights with their day ("06 00").
        boolean oneDay = summary.byHour().size() <= 25;
        java.time.format.DateTimeFormatter withDay = java.time.format.DateTimeFormatter.ofPattern("dd HH");
        java.time.format.DateTimeFormatter hourOnly = java.time.format.DateTimeFormatter.ofPattern("HH");
        boolean first = true;
        for (ActivitySummary.HourCount count : summary.byHour()) {
            var at = count.hour().atZone(activity.zone());
            String label = (!oneDay || first || at.getHour() == 0 ? withDay : hourOnly).format(at);
            first = false;
            ok.getData().add(new XYChart.Data<>(label, count.sessions() - count.failed()));
            failed.getData().add(new XYChart.Data<>(label, count.failed()));
        }
        hourChart.getData().setAll(List.of(ok, failed));
        // What the bars show, for a screen reader: the chart itself has no text.
        ActivitySummary.HourCount busiest = summary.byHour().stream()
                .max(java.util.Comparator.comparingInt(ActivitySummary.HourCount::sessions)).orElse(null);
        hourChart.setAccessibleText(busiest == null ? ActivityText.get("chart.empty")
                : ActivityText.get("chart.described", summary.byHour().size(),
                        withDay.format(busiest.hour().atZone(activity.zone())) + ":00", busiest.sessions(),
                        summary.failed()));
    }

    private static String lines(List<String> lines) {
        if (lines.isEmpty()) {
            return ActivityText.get("summary.none");
        }
        List<String> shown = lines.size() > SUMMARY_LINES ? lines.subList(0, SUMMARY_LINES) : lines;
        String text = String.join("\n", shown);
        return lines.size() > SUMMARY_LINES ? text + "\n" + ActivityText.get("summary.more",
                lines.size() - SUMMARY_LINES) : text;
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
    private void closeTimeline() {
        timeline.close();
    }
}
