package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.verdict.FeedbackAdvice;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One chip per feedback code, each with what to ask the person doing the check; the raw code and the service's
 * own message are in the chip's tooltip, for a ticket. Follows the list it is given.
 */
public final class FeedbackChips extends VBox {

    private final ObservableList<FeedbackItem> feedback;

    public FeedbackChips(ObservableList<FeedbackItem> feedback) {
        this.feedback = feedback;
        setId("feedbackChips");
        getStyleClass().add("feedback-chips");
        setSpacing(4);
        feedback.addListener((ListChangeListener<FeedbackItem>) change -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (FeedbackItem item : feedback) {
            getChildren().add(chip(item));
        }
    }

    private static HBox chip(FeedbackItem item) {
        Label name = new Label(FeedbackAdvice.title(item));
        name.getStyleClass().addAll("feedback-chip", item.kind() == FeedbackCode.UNKNOWN ? "feedback-chip-unknown"
                : "feedback-chip-known");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label advice = new Label(FeedbackAdvice.advice(item));
        advice.getStyleClass().add("feedback-advice");
        advice.setWrapText(true);
        advice.setMaxWidth(Double.MAX_VALUE);
        advice.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(advice, Priority.ALWAYS);
        HBox row = new HBox(8, name, advice);
        row.setAlignment(Pos.BASELINE_LEFT);
        row.getStyleClass().add("feedback-row");
        row.setAccessibleText(FeedbackAdvice.line(item));
        Tooltip details = new Tooltip(ResultsText.get(item.message().isBlank() ? "feedback.tooltip.code"
                : "feedback.tooltip", item.code(), item.message().strip()));
        details.setWrapText(true);
        details.setMaxWidth(420);
        Tooltip.install(row, details);
        return row;
    }
}
