package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.review.QueueSelection;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Review tab: the queue's choices, where the reviewer is in it, what waits to be written and the viewing-log
 * notice; below, the session under review ({@link ReviewSessionView}) fills the rest. Every key of the review goes
 * through one filter, so the whole queue is done from the keyboard.
 */
public final class ReviewPaneView {

    public static final String TAB_TITLE = ReviewText.get("tab.title");

    /** Why the bucket source cannot be read: the form has no bucket. */
    public static final String NO_BUCKET = ReviewText.get("status.noBucket");

    /** Why the Activity source cannot be read: the Activity tab has read no window yet. */
    public static final String NO_ACTIVITY = ReviewText.get("status.noActivity");

    /** The Activity tab's window in a queue's title: its times, how many sessions it holds, whether still read. */
    public static String activityWindow(String from, String to, int held, int matching, boolean stillReading) {
        String sessions = held < matching ? ReviewText.get("activity.cut", held, matching)
                : ReviewText.get("activity.sessions", held);
        return ReviewText.get(stillReading ? "activity.reading" : "activity.window", from, to, sessions);
    }

    /** The size pictures are decoded at: what this screen shows at the default window size, and a little more. */
    public static final ReviewImages.ShownSize SHOWN_SIZE = ReviewSessionView.SHOWN_SIZE;

    private final ReviewViewModel model;
    private final Runnable exportViewingLog;
    private final BorderPane root = new BorderPane();
    private final ReviewSessionView session;

    public ReviewPaneView(ReviewViewModel model, Runnable exportViewingLog) {
        this.model = model;
        this.exportViewingLog = exportViewingLog;
        this.session = new ReviewSessionView(model.session());
    }

    public Region load() {
        root.getStyleClass().add("review-pane");
        root.setTop(controls());
        root.setCenter(session.load());
        root.setPadding(new Insets(8));
        // Every key of the tab goes to the session first: the whole queue is done from the keyboard.
        root.addEventFilter(KeyEvent.KEY_PRESSED, session::key);
        root.addEventFilter(KeyEvent.KEY_TYPED, session::typed);
        model.loadCampaigns();
        return root;
    }

    private Node controls() {
        TextField reviewer = new TextField();
        reviewer.setId("reviewerField");
        reviewer.setPrefColumnCount(10);
        reviewer.textProperty().bindBidirectional(model.reviewerProperty());
        ChoiceBox<QueueSources.Source> source = new ChoiceBox<>();
        source.setId("sourceChoice");
        source.getItems().setAll(QueueSources.Source.values());
        source.setConverter(words("source."));
        source.valueProperty().bindBidirectional(model.sourceProperty());
        ChoiceBox<String> campaign = new ChoiceBox<>(model.campaigns());
        campaign.setId("campaignChoice");
        campaign.setMaxWidth(160);
        campaign.valueProperty().bindBidirectional(model.campaignProperty());
        campaign.visibleProperty().bind(model.sourceProperty().isEqualTo(QueueSources.Source.CAMPAIGN));
        campaign.managedProperty().bind(campaign.visibleProperty());
        ChoiceBox<QueueSelection.Kind> take = new ChoiceBox<>();
        take.setId("takeChoice");
        take.getItems().setAll(QueueSelection.Kind.values());
        take.setConverter(words("choice."));
        take.valueProperty().bindBidirectional(model.takeProperty());
        TextField count = new TextField();
        count.setId("reviewCountField");
        count.setPrefColumnCount(4);
        count.textProperty().bindBidirectional(model.countProperty());
        count.disableProperty().bind(model.takeProperty().isEqualTo(QueueSelection.Kind.ALL));
        Button start = button("startQueueButton", "button.start", model::startQueue);
        Button blind = button("blindSecondButton", "button.blind", model::startBlindSecond);
        Button disputed = button("disagreementsButton", "button.disagreements", model::startDisagreements);
        HBox choose = new HBox(6, labelling(ReviewText.get("label.reviewer"), reviewer), reviewer,
                labelling(ReviewText.get("label.from"), source), source, campaign,
                labelling(ReviewText.get("label.take"), take), take, count);
        // A screen reader speaks these names: the choices and the count have no label of their own.
        campaign.setAccessibleText(ReviewText.get("accessible.campaign"));
        count.setAccessibleText(ReviewText.get("accessible.count"));
        choose.setAlignment(Pos.CENTER_LEFT);
        for (Button button : new Button[] {start, blind, disputed}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(6, start, blind, disputed);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label title = label("reviewQueueTitle", model.queueTitleProperty());
        Label position = label("reviewPositionLabel", model.session().positionProperty());
        Label progress = label("reviewProgressLabel", model.session().progressProperty());
        Label waiting = label("reviewWaitingLabel", model.waitingProperty());
        waiting.getStyleClass().add("warning");
        Button send = button("sendWaitingButton", "button.send", model::sendWaiting);
        send.visibleProperty().bind(model.waitingProperty().isNotEmpty());
        send.managedProperty().bind(send.visibleProperty());
        Button export = button("exportViewingLogButton", "button.exportLog", exportViewingLog);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox where = new HBox(10, title, position, progress, gap, waiting, send, export);
        where.setAlignment(Pos.CENTER_LEFT);
        Label logged = new Label(ReviewText.get("viewing.notice"));
        logged.setId("viewingNotice");
        logged.getStyleClass().add("text-muted");
        Label agreement = label("reviewAgreementLabel", model.session().agreementProperty());
        agreement.setWrapText(true);
        Label status = label("reviewStatusLabel", model.statusProperty());
        status.setWrapText(true);
        VBox top = new VBox(4, choose, actions, where, agreement, logged, status);
        top.setPadding(new Insets(0, 0, 6, 0));
        return top;
    }

    /** A label that names its control for assistive technology (it is spoken as the control's name). */
    private static Label labelling(String text, Control control) {
        Label label = fixed(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        return label;
    }

    /** What the status line says once the viewing log is written. */
    public static String exported(String where) {
        return ReviewText.get("status.exported", VisibleText.of(where));
    }

    /** Moves the keyboard to the session, so the digits label it (after a queue starts). */
    public void focusSession() {
        session.focus();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(ReviewText.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            action.run();
            session.focus();
        });
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    private static Label fixed(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static <E extends Enum<E>> StringConverter<E> words(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : ReviewText.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
