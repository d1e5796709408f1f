package dev.livenessdesk.ui.session;

import dev.livenessdesk.ui.common.ViewLoader;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * What Create gave, below the form (SessionOutcome.fxml): the created session's card, its id ready to copy and its
 * start window counting down each second, or the failure card with what to do next and the details for a ticket.
 * Kept apart from {@link SessionFormView}, which asks for the session, because this shows one session's fate and
 * keeps a clock running for it.
 */
final class SessionOutcomeView {

    // The cards' words are the form's: one bundle for the one screen.
    private static final ResourceBundle WORDS = ViewLoader.bundle(SessionOutcomeView.class, "SessionForm");
    private static final PseudoClass CLOSING = PseudoClass.getPseudoClass("closing");
    private static final PseudoClass EXPIRED = PseudoClass.getPseudoClass("expired");
    private static final PseudoClass PREVIOUS = PseudoClass.getPseudoClass("previous");

    @FXML private Node resultPane;
    @FXML private Label resultTitle;
    @FXML private HBox sessionActions;
    @FXML private TextField sessionIdField;
    @FXML private Button copyButton;
    @FXML private Label createdLocalLabel;
    @FXML private Label createdUtcLabel;
    @FXML private Label countdownLabel;
    @FXML private Node failurePane;
    @FXML private Label errorMessageLabel;
    @FXML private Label nextStepLabel;
    @FXML private TextArea ticketField;
    @FXML private Button copyTicketButton;

    private final SessionFormViewModel form;
    private final SessionCardViewModel card;
    private final Timeline countdownTicker = new Timeline();
    private final Parent root;

    /** @param form whose card this shows, and which copies (and says so in its status line) */
    SessionOutcomeView(SessionFormViewModel form) {
        this.form = Objects.requireNonNull(form);
        this.card = form.card();
        this.root = ViewLoader.load(this, "SessionOutcome", WORDS);
        // With neither card shown the cards take no room, not even the form's spacing above them.
        showWhen(root, resultPane.visibleProperty().or(failurePane.visibleProperty()));
    }

    Parent root() {
        return root;
    }

    /** Beside the created session's Copy button; what is put here shows only while the card shows a session. */
    HBox sessionActions() {
        return sessionActions;
    }

    /** Stops the countdown ticker; call when the window closes. */
    void dispose() {
        countdownTicker.stop();
    }

    @FXML
    private void initialize() {
        bindCards();
        tickWhileASessionIsShown();
        showWhen(sessionActions, Bindings.isNotEmpty(sessionActions.getChildren()));
        copyButton.setAccessibleText(WORDS.getString("button.copy.accessible"));
        copyTicketButton.setAccessibleText(WORDS.getString("button.copyTicket.accessible"));
    }

    @FXML
    private void copySessionId() {
        form.copySessionId();
    }

    @FXML
    private void copyTicketDetails() {
        form.copyTicketDetails();
    }

    private void bindCards() {
        showWhen(resultPane, card.sessionIdProperty().isNotEmpty());
        showWhen(failurePane, card.errorMessageProperty().isNotEmpty());
        resultTitle.textProperty().bind(card.titleProperty());
        card.previousProperty().addListener((obs, was, previous) -> resultPane.pseudoClassStateChanged(PREVIOUS,
                previous));
        sessionIdField.textProperty().bind(card.sessionIdProperty());
        createdLocalLabel.textProperty().bind(card.createdAtLocalProperty());
        createdUtcLabel.textProperty().bind(card.createdAtUtcProperty());
        countdownLabel.textProperty().bind(card.countdownProperty());
        card.startWindowClosingProperty().addListener(
                (obs, was, closing) -> countdownLabel.pseudoClassStateChanged(CLOSING, closing));
        card.startWindowExpiredProperty().addListener(
                (obs, was, expired) -> countdownLabel.pseudoClassStateChanged(EXPIRED, expired));
        errorMessageLabel.textProperty().bind(card.errorMessageProperty());
        nextStepLabel.textProperty().bind(card.errorNextStepProperty());
        ticketField.textProperty().bind(card.ticketDetailsProperty());
    }

    /** The ticker runs while a session is shown, the previous one too, until its start window has closed. */
    private void tickWhileASessionIsShown() {
        countdownTicker.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), event -> card.refreshCountdown()));
        countdownTicker.setCycleCount(Animation.INDEFINITE);
        card.sessionIdProperty().addListener((obs, old, id) -> {
            if (id.isEmpty()) {
                countdownTicker.stop();
            } else {
                countdownTicker.playFromStart();
            }
        });
        card.startWindowExpiredProperty().addListener((obs, was, expired) -> {
            if (expired) {
                countdownTicker.stop();
            }
        });
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
