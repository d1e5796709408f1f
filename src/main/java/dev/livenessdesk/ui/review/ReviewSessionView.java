package dev.livenessdesk.ui.review;

import dev.livenessdesk.core.VisibleText;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.ReviewCandidate;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.session.BoundingBox;
import dev.livenessdesk.ui.common.TextScale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The session under review, filling the tab below the queue's choices: the reference image with its face box, the
 * audit images large, the session's feedback codes and client, the label, flags and note, the score only once
 * labelled. Its keys (digits, flag letters, N, Enter, Backspace) are read by {@link #key}, which the tab sends every
 * key through.
 */
final class ReviewSessionView {

    /** The size pictures are decoded at: what this screen shows at the default window size, and a little more. */
    static final ReviewImages.ShownSize SHOWN_SIZE = new ReviewImages.ShownSize(360, 400, 240, 300);

    private final ReviewSessionViewModel model;
    private final StackPane stage = new StackPane();
    private final ImageView reference = new ImageView();
    private final Pane faceBoxLayer = new Pane();
    private final TilePane audits = new TilePane(8, 8);
    private final TextField note = new TextField();
    private boolean swallowTyped;

    ReviewSessionView(ReviewSessionViewModel model) {
        this.model = model;
    }

    /** The session's area; the tab adds {@link #key} and {@link #typed} as filters on its root. */
    Node load() {
        model.imagesProperty().addListener((obs, old, now) -> showImages(now));
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

        VBox right = new VBox(8, sessionLabel(), chosenLabel(), scoreLabel(), flagsLabel(), noteField(), keysLabel());
        // 250 px (230 to 270) at the usual text size, wider with larger text so the keys' words keep their room.
        right.prefWidthProperty().bind(TextScale.factorProperty().multiply(250));
        right.minWidthProperty().bind(TextScale.factorProperty().multiply(230));
        right.maxWidthProperty().bind(TextScale.factorProperty().multiply(270));
        HBox content = new HBox(12, left, middle, right);
        stage.getChildren().setAll(content);
        stage.setId("reviewStage");
        stage.setAccessibleText(ReviewText.get("accessible.stage"));
        stage.setFocusTraversable(true);
        stage.setAlignment(Pos.TOP_LEFT);
        return stage;
    }

    private Label sessionLabel() {
        Label id = new Label();
        id.setId("reviewSessionLabel");
        id.textProperty().bind(Bindings.createStringBinding(() -> describe(model.currentProperty().get()),
                model.currentProperty()));
        id.setWrapText(true);
        id.setMinHeight(Region.USE_PREF_SIZE);
        return id;
    }

    private Label chosenLabel() {
        Label chosen = new Label();
        chosen.setId("reviewLabelChosen");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.labelProperty().get() == null
                ? ReviewText.get("label.none") : ReviewText.get("label.given", model.labelProperty().get().key(),
                model.labelProperty().get().label()), model.labelProperty()));
        chosen.getStyleClass().add("title-4");
        return chosen;
    }

    private Label scoreLabel() {
        Label score = new Label();
        score.setId("reviewScoreLabel");
        score.textProperty().bind(model.scoreProperty());
        score.getStyleClass().add("title-4");
        score.setWrapText(true);
        return score;
    }

    private Label flagsLabel() {
        Label flagsShown = new Label(ReviewText.get("flags.none"));
        flagsShown.setId("reviewFlagsLabel");
        flagsShown.setWrapText(true);
        model.flags().addListener((SetChangeListener<QualityFlag>) change -> flagsShown.setText(
                model.flags().isEmpty() ? ReviewText.get("flags.none") : model.flags().stream().sorted()
                        .map(QualityFlag::label).collect(Collectors.joining(", "))));
        return flagsShown;
    }

    private TextField noteField() {
        note.setId("reviewNoteField");
        note.setPromptText(ReviewText.get("note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setFocusTraversable(false);
        note.setOnAction(event -> stage.requestFocus());
        return note;
    }

    private static Label keysLabel() {
        Label keys = new Label(ReviewText.get("keys"));
        keys.setId("reviewKeysLabel");
        keys.setWrapText(true);
        // Never shorter than its lines (larger text): the tab scrolls instead of ending the keys in "...".
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.getStyleClass().add("text-muted");
        return keys;
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
    void key(KeyEvent event) {
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

    /** The letter typed with N must not land in the note it opens. */
    void typed(KeyEvent event) {
        if (swallowTyped) {
            swallowTyped = false;
            event.consume();
        }
    }

    private static Optional<Character> digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return Optional.of(name.charAt(name.length() - 1));
        }
        return Optional.empty();
    }

    /** Moves the keyboard to the session, so the digits label it. */
    void focus() {
        stage.requestFocus();
    }
}
