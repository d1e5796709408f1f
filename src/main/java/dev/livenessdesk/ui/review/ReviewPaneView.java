package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.QueueSelection;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.session.BoundingBox;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * The Review tab: the queue's choices on one line, then one session filling the rest: the reference image with its
 * face box, the audit images large, the session's feedback codes and client, the score only once labelled. Every
 * key of the review goes through one filter, so the whole queue is done from the keyboard.
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
    public static final ReviewImages.ShownSize SHOWN_SIZE = new ReviewImages.ShownSize(360, 400, 240, 300);

    private final ReviewViewModel model;
    private final Runnable exportViewingLog;
    private final BorderPane root = new BorderPane();
    private final StackPane stage = new StackPane();
    private final ImageView reference = new ImageView();
    private final Pane faceBoxLayer = new Pane();
    private final TilePane audits = new TilePane(8, 8);
    private final TextField note = new TextField();
    private boolean swallowTyped;

    public ReviewPaneView(ReviewViewModel model, Runnable exportViewingLog) {
        this.model = model;
        this.exportViewingLog = exportViewingLog;
    }

    public Region load() {
        root.getStyleClass().add("review-pane");
        root.setTop(controls());
        root.setCenter(session());
        root.setPadding(new Insets(8));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // The letter typed with N must not land in the note it opens.
        root.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped) {
                swallowTyped = false;
                event.consume();
            }
        });
        model.imagesProperty().addListener((obs, old, now) -> showImages(now));
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
        Label position = label("reviewPositionLabel", model.positionProperty());
        Label progress = label("reviewProgressLabel", model.progressProperty());
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
        Label agreement = label("reviewAgreementLabel", model.agreementProperty());
        agreement.setWrapText(true);
        Label status = label("reviewStatusLabel", model.statusProperty());
        status.setWrapText(true);
        VBox top = new VBox(4, choose, actions, where, agreement, logged, status);
        top.setPadding(new Insets(0, 0, 6, 0));
        return top;
    }

    private Node session() {
        reference.setPreserveRatio(true);
        reference.setFitWidth(SHOWN_SIZE.referenceWidth());
        reference.setFitHeight(SHOWN_SIZE.referenceHeight());
        faceBoxLayer.setMouseTransparent(true);
        faceBoxLayer.setManaged(false);
        StackPane referencePane = new StackPane(reference, faceBoxLayer);
        referencePane.setId("referencePane");
        StackPane.setAlignment(reference, Pos.TOP_LEFT);
        referencePane.setMinSize(SHOWN_SIZE.referenceWidth(), SHOWN_SIZE.referenceHeight());
        referencePane.setMaxSize(SHOWN_SIZE.referenceWidth(), SHOWN_SIZE.referenceHeight());
        Label referenceCaption = new Label(ReviewText.get("caption.reference"));
        VBox left = new VBox(4, referenceCaption, referencePane);

        audits.setId("auditImages");
        audits.setPrefColumns(2);
        audits.setPrefTileWidth(SHOWN_SIZE.auditWidth());
        audits.setPrefTileHeight(SHOWN_SIZE.auditHeight());
        VBox middle = new VBox(4, new Label(ReviewText.get("caption.audits")), audits);
        HBox.setHgrow(middle, Priority.ALWAYS);

        Label id = new Label();
        id.setId("reviewSessionLabel");
        id.textProperty().bind(Bindings.createStringBinding(() -> describe(model.currentProperty().get()),
                model.currentProperty()));
        id.setWrapText(true);
        Label score = label("reviewScoreLabel", model.scoreProperty());
        score.getStyleClass().add("title-4");
        score.setWrapText(true);
        Label chosen = new Label();
        chosen.setId("reviewLabelChosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.labelProperty().get() == null
                ? ReviewText.get("label.none") : ReviewText.get("label.given", model.labelProperty().get().key(),
                model.labelProperty().get().label()), model.labelProperty()));
        chosen.getStyleClass().add("title-4");
        Label flagsShown = new Label(ReviewText.get("flags.none"));
        flagsShown.setId("reviewFlagsLabel");
        flagsShown.setWrapText(true);
        model.flags().addListener((SetChangeListener<QualityFlag>) change -> flagsShown.setText(
                model.flags().isEmpty() ? ReviewText.get("flags.none") : model.flags().stream().sorted()
                        .map(QualityFlag::label).collect(Collectors.joining(", "))));
        note.setId("reviewNoteField");
        note.setPromptText(ReviewText.get("note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setFocusTraversable(false);
        note.setOnAction(event -> stage.requestFocus());
        Label keys = new Label(ReviewText.get("keys"));
        keys.setId("reviewKeysLabel");
        keys.setWrapText(true);
        keys.getStyleClass().add("text-muted");
        VBox right = new VBox(8, id, chosen, score, flagsShown, note, keys);
        right.setPrefWidth(250);
        right.setMinWidth(230);
        right.setMaxWidth(270);
        HBox content = new HBox(12, left, middle, right);
        stage.getChildren().setAll(content);
        stage.setId("reviewStage");
        stage.setAccessibleText(ReviewText.get("accessible.stage"));
        stage.setFocusTraversable(true);
        stage.setAlignment(Pos.TOP_LEFT);
        return stage;
    }

    /** A label that names its control for assistive technology (it is spoken as the control's name). */
    private static Label labelling(String text, Control control) {
        Label label = fixed(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        return label;
    }

    private static String describe(ReviewCandidate session) {
        if (session == null) {
            return ReviewText.get("session.none");
        }
        String feedback = session.feedbackCodes().isEmpty() ? ReviewText.get("feedback.none")
                : session.feedbackCodes().stream().map(VisibleText::of).collect(Collectors.joining(", "));
        return ReviewText.get("session.line", session.sessionId(),
                VisibleText.of(session.clientSdk().orElse(ReviewText.get("client.unknown"))), feedback,
                session.campaign().map(VisibleText::of).orElse("\u2014"));
    }

    private void showImages(ReviewImages shown) {
        faceBoxLayer.getChildren().clear();
        audits.getChildren().clear();
        reference.setImage(null);
        if (shown == null) {
            if (model.currentProperty().get() != null) {
                audits.getChildren().add(new Label(ReviewText.get("images.loading")));
            }
            return;
        }
        shown.failure().ifPresent(why -> audits.getChildren().add(new Label(why)));
        shown.reference().ifPresent(image -> {
            reference.setImage(image);
            shown.faceBox().ifPresent(box -> drawFaceBox(image, box));
        });
        for (Image audit : shown.audits()) {
            ImageView view = new ImageView(audit);
            view.setPreserveRatio(true);
            view.setFitWidth(SHOWN_SIZE.auditWidth());
            view.setFitHeight(SHOWN_SIZE.auditHeight());
            audits.getChildren().add(view);
        }
        if (shown.audits().isEmpty() && shown.failure().isEmpty()) {
            audits.getChildren().add(new Label(ReviewText.get("images.noAudits")));
        }
    }

    /** The face box over the reference image, in the image's shown size (the box is in ratios of the image). */
    private void drawFaceBox(Image image, BoundingBox box) {
        double scale = Math.min(SHOWN_SIZE.referenceWidth() / image.getWidth(),
                SHOWN_SIZE.referenceHeight() / image.getHeight());
        double width = image.getWidth() * scale;
        double height = image.getHeight() * scale;
        Rectangle face = new Rectangle(box.left() * width, box.top() * height, box.width() * width,
                box.height() * height);
        face.setId("faceBox");
        face.getStyleClass().add("face-box");
        face.setFill(null);
        face.setStyle("-fx-stroke: #2e7d32; -fx-stroke-width: 2;");
        faceBoxLayer.getChildren().add(face);
    }

    /** The review's keys; typing in a field (the reviewer, the count, the note) keeps its keys. */
    private void key(KeyEvent event) {
        if (event.getTarget() instanceof TextField field) {
            if (field == note && event.getCode() == KeyCode.ESCAPE) {
                stage.requestFocus();
                event.consume();
            }
            return;
        }
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        Optional<ReviewLabel> label = digit(event.getCode()).flatMap(ReviewLabel::fromKey);
        if (label.isPresent()) {
            model.giveLabel(label.get());
            event.consume();
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            model.next();
            stage.requestFocus();
            event.consume();
        } else if (event.getCode() == KeyCode.BACK_SPACE) {
            model.back();
            event.consume();
        } else if (event.getCode() == KeyCode.N && model.currentProperty().get() != null) {
            swallowTyped = true;
            note.requestFocus();
            note.end();
            event.consume();
        } else if (event.getCode().isLetterKey()) {
            Optional<QualityFlag> flag = QualityFlag.fromKey(event.getCode().getName().charAt(0));
            flag.ifPresent(model::toggleFlag);
            if (flag.isPresent()) {
                event.consume();
            }
        }
    }

    private static Optional<Character> digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Optional.of(name.charAt(name.length() - 1));
        }
        return Optional.empty();
    }

    /** What the status line says once the viewing log is written. */
    public static String exported(String where) {
        return ReviewText.get("status.exported", VisibleText.of(where));
    }

    /** Moves the keyboard to the session, so the digits label it (after a queue starts). */
    public void focusSession() {
        stage.requestFocus();
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(ReviewText.get(key));
        button.setId(id);
        button.setOnAction(event -> {
            action.run();
            stage.requestFocus();
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
