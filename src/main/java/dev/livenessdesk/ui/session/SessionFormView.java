package dev.livenessdesk.ui.session;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.session.SessionField;
import dev.livenessdesk.ui.common.FieldDecoration;
import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;

/**
 * The session form's FXML controller: binds the fields, the advanced fold-out and the Create row to {@link
 * SessionFormViewModel} and delegates actions. Each field's message, label and focus wiring is {@link
 * SessionFieldDecorations}'; the cards below that show what Create gave are {@link SessionOutcomeView}.
 */
public final class SessionFormView {

    @FXML private Label regionLabel;
    @FXML private ComboBox<String> regionBox;
    @FXML private Label regionMessage;
    @FXML private Label regionHint;
    @FXML private Label bucketHint;
    @FXML private Label prefixHint;
    @FXML private Label auditHint;
    @FXML private Label bucketLabel;
    @FXML private TextField bucketField;
    @FXML private Label bucketMessage;
    @FXML private Label prefixLabel;
    @FXML private TextField prefixField;
    @FXML private Label prefixMessage;
    @FXML private Label auditLabel;
    @FXML private Spinner<Integer> auditSpinner;
    @FXML private Label auditMessage;
    @FXML private TitledPane advancedPane;
    @FXML private Label kmsLabel;
    @FXML private TextField kmsField;
    @FXML private Label kmsMessage;
    @FXML private Label challengeLabel;
    @FXML private ChoiceBox<ChallengeType> challengeBox;
    @FXML private Label challengeMessage;
    @FXML private Label minVersionLabel;
    @FXML private TextField minVersionField;
    @FXML private Label minVersionMessage;
    @FXML private Label maxVersionLabel;
    @FXML private TextField maxVersionField;
    @FXML private Label maxVersionMessage;
    @FXML private Label tokenLabel;
    @FXML private TextField tokenField;
    @FXML private Label tokenMessage;
    @FXML private Button createButton;
    @FXML private Button cancelButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private HBox actionBar;

    private final SessionFormViewModel viewModel;
    private final SessionOutcomeView outcome;
    private final Parent root;

    public SessionFormView(SessionFormViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.root = ViewLoader.load(this, "SessionForm");
        this.outcome = new SessionOutcomeView(viewModel);
        ((Pane) root).getChildren().add(outcome.root());
        viewModel.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == SessionFormViewModel.Phase.CREATED || phase == SessionFormViewModel.Phase.FAILED) {
                Platform.runLater(this::revealOutcome);
            }
        });
    }

    public Parent root() {
        return root;
    }

    public SessionFormViewModel viewModel() {
        return viewModel;
    }

    /**
     * A place beside the created session's Copy button for more actions on that session (for example "Run the
     * check here"); what is put here is shown only while the card shows a session.
     */
    public HBox sessionActions() {
        return outcome.sessionActions();
    }

    /** Create, Cancel and how the create goes: the window keeps this row in sight under the scrolling form. */
    public HBox actionBar() {
        return actionBar;
    }

    /** The form is brought back for another session: its top in sight, the focus in the bucket field. */
    public void startNew() {
        scrollingParent().ifPresent(scroll -> scroll.setVvalue(scroll.getVmin()));
        Platform.runLater(bucketField::requestFocus);
    }

    /** Stops the countdown ticker; call when the window closes. */
    public void dispose() {
        outcome.dispose();
    }

    @FXML
    private void initialize() {
        bindRegion();
        bindFields();
        bindMessages();
        bindCreating();
        labelFields();
        createOnEnter(regionBox, bucketField, prefixField, auditSpinner, kmsField, minVersionField, maxVersionField,
                tokenField);
    }

    @FXML
    private void create() {
        viewModel.createSession();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    private void bindRegion() {
        // An editable combo box commits its value only on Enter or focus loss; the view model follows the typing.
        regionBox.setItems(viewModel.regionChoices());
        regionBox.setValue(viewModel.regionProperty().get());
        regionBox.getEditor().textProperty().addListener((obs, old, typed) -> viewModel.regionProperty().set(typed));
        regionBox.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                viewModel.regionProperty().set(picked);
            }
        });
        viewModel.regionProperty().addListener((obs, old, region) -> {
            if (!Objects.equals(region, regionBox.getEditor().getText())) {
                regionBox.setValue(region);
            }
        });
    }

    private void bindFields() {
        bucketField.textProperty().bindBidirectional(viewModel.bucketProperty());
        prefixField.textProperty().bindBidirectional(viewModel.keyPrefixProperty());
        AuditLimitSpinner.bind(auditSpinner, viewModel.auditImagesTextProperty());
        kmsField.textProperty().bindBidirectional(viewModel.kmsKeyIdProperty());
        challengeBox.getItems().setAll(ChallengeType.values());
        challengeBox.setConverter(converter(ChallengeType::wireName));
        challengeBox.valueProperty().bindBidirectional(viewModel.challengeTypeProperty());
        minVersionField.textProperty().bindBidirectional(viewModel.challengeMinVersionProperty());
        maxVersionField.textProperty().bindBidirectional(viewModel.challengeMaxVersionProperty());
        tokenField.textProperty().bindBidirectional(viewModel.clientRequestTokenProperty());
    }

    private void bindMessages() {
        SessionFieldDecorations fields = new SessionFieldDecorations(viewModel, advancedPane);
        fields.decorate(SessionField.REGION, regionBox, regionMessage);
        // The four fields in sight share their message's place with their hint, so nothing moves below them.
        FieldDecoration.giveWay(regionHint, regionMessage);
        FieldDecoration.giveWay(bucketHint, bucketMessage);
        FieldDecoration.giveWay(prefixHint, prefixMessage);
        FieldDecoration.giveWay(auditHint, auditMessage);
        FieldDecoration.checkAfterPause(regionBox, regionBox.getEditor().textProperty(),
                () -> viewModel.checkField(SessionField.REGION));
        fields.decorateText(SessionField.BUCKET, bucketField, bucketMessage);
        fields.decorateText(SessionField.KEY_PREFIX, prefixField, prefixMessage);
        fields.decorate(SessionField.AUDIT_IMAGES_LIMIT, auditSpinner, auditMessage);
        FieldDecoration.checkAfterPause(auditSpinner, auditSpinner.getEditor().textProperty(),
                () -> viewModel.checkField(SessionField.AUDIT_IMAGES_LIMIT));
        fields.decorateText(SessionField.KMS_KEY_ID, kmsField, kmsMessage);
        fields.decorate(SessionField.CHALLENGE_TYPE, challengeBox, challengeMessage);
        fields.decorateText(SessionField.CHALLENGE_MIN_VERSION, minVersionField, minVersionMessage);
        fields.decorateText(SessionField.CHALLENGE_MAX_VERSION, maxVersionField, maxVersionMessage);
        fields.decorateText(SessionField.CLIENT_REQUEST_TOKEN, tokenField, tokenMessage);
    }

    private void bindCreating() {
        BooleanBinding creating = viewModel.creatingBinding();
        createButton.disableProperty().bind(creating);
        SessionOutcomeView.showWhen(cancelButton, creating);
        SessionOutcomeView.showWhen(progress, creating);
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private void labelFields() {
        SessionFieldDecorations.link(regionLabel, regionBox);
        SessionFieldDecorations.link(bucketLabel, bucketField);
        SessionFieldDecorations.link(prefixLabel, prefixField);
        SessionFieldDecorations.link(auditLabel, auditSpinner);
        SessionFieldDecorations.link(kmsLabel, kmsField);
        SessionFieldDecorations.link(challengeLabel, challengeBox);
        SessionFieldDecorations.link(minVersionLabel, minVersionField);
        SessionFieldDecorations.link(maxVersionLabel, maxVersionField);
        SessionFieldDecorations.link(tokenLabel, tokenField);
    }

    /**
     * Enter in one of the form's own fields creates the session, as its button does. The button is no default
     * button: a default button answers Enter anywhere in the window, and the Pass mark, a filter or a look-up
     * then created a session (a real CreateFaceLivenessSession) where the user only confirmed what they typed.
     */
    private void createOnEnter(Node... fields) {
        for (Node field : fields) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                boolean choosing = field instanceof ComboBox<?> box && box.isShowing();
                if (event.getCode() == KeyCode.ENTER && !choosing && !createButton.isDisabled()) {
                    event.consume();
                    viewModel.createSession();
                }
            });
        }
    }

    /** The outcome card sits below the form: scroll it into sight when the window is short. */
    private void revealOutcome() {
        scrollingParent().ifPresent(scroll -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
    }

    private java.util.Optional<ScrollPane> scrollingParent() {
        for (Node n = root.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return java.util.Optional.of(scroll);
            }
        }
        return java.util.Optional.empty();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }
}
