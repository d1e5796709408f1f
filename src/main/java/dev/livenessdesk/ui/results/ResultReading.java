package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.ReturnedImages;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.verdict.ResultNotes;
import dev.livenessdesk.core.verdict.ScoreAgainstMark;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Why a check scored as it did, read for a support person: the feedback with a heading and, after a fail, what to
 * do next; the client that ran the check; the audit images against the request; a missing reference image. The
 * words come from core; this only follows the shown results and the pass mark. FX thread only; no controls.
 */
public final class ResultReading {

    private final IntegerProperty passMark;
    private final ObservableList<FeedbackItem> feedback = FXCollections.observableArrayList();
    private final ObservableList<FeedbackItem> feedbackView = FXCollections.unmodifiableObservableList(feedback);
    private final ReadOnlyStringWrapper feedbackHeading = new ReadOnlyStringWrapper(this, "feedbackHeading", "");
    private final ReadOnlyStringWrapper feedbackNextStep = new ReadOnlyStringWrapper(this, "feedbackNextStep", "");
    private final ReadOnlyStringWrapper client = new ReadOnlyStringWrapper(this, "client", "");
    private final ReadOnlyStringWrapper auditImages = new ReadOnlyStringWrapper(this, "auditImages", "");
    private final ReadOnlyStringWrapper referenceMissing = new ReadOnlyStringWrapper(this, "referenceMissing", "");
    private SessionResults shown;

    /** @param passMark the pass mark in use: a fail after a new mark tells what to do next */
    public ResultReading(IntegerProperty passMark) {
        this.passMark = Objects.requireNonNull(passMark, "passMark");
        passMark.addListener((obs, old, mark) -> readVerdict());
    }

    /**
     * Reads these results (null: nothing shown) of a session that asked for {@code requestedAudits} audit images
     * (empty when unknown, e.g. a session created elsewhere).
     */
    public void show(SessionResults results, OptionalInt requestedAudits) {
        shown = results;
        if (results == null) {
            feedback.clear();
            client.set("");
            auditImages.set("");
            referenceMissing.set("");
        } else {
            ReturnedImages returned = ReturnedImages.of(results, requestedAudits);
            feedback.setAll(results.feedback());
            client.set(ResultNotes.client(results).orElse(""));
            auditImages.set(ResultNotes.auditImages(results, returned).orElse(""));
            referenceMissing.set(ResultNotes.referenceMissing(returned).orElse(""));
        }
        readVerdict();
    }

    private void readVerdict() {
        if (shown == null) {
            feedbackHeading.set("");
            feedbackNextStep.set("");
            return;
        }
        Optional<ScoreAgainstMark> verdict = ScoreAgainstMark.of(shown, passMark.get());
        feedbackHeading.set(ResultNotes.feedbackHeading(shown, verdict).orElse(""));
        feedbackNextStep.set(ResultNotes.feedbackNextStep(shown, verdict).orElse(""));
    }

    /** The feedback in the service's order. */
    public ObservableList<FeedbackItem> feedback() {
        return feedbackView;
    }

    /** "Rekognition saw 2 things that lower the score:", the no-reason line after a fail, or empty. */
    public ReadOnlyStringProperty feedbackHeadingProperty() {
        return feedbackHeading.getReadOnlyProperty();
    }

    /** After a fail with feedback: fix these, then a new session. */
    public ReadOnlyStringProperty feedbackNextStepProperty() {
        return feedbackNextStep.getReadOnlyProperty();
    }

    /** "AmplifyUI-React (reported by the client)", or empty. */
    public ReadOnlyStringProperty clientProperty() {
        return client.getReadOnlyProperty();
    }

    /** "2 of 4 requested (best effort ...)", or empty before the check ran. */
    public ReadOnlyStringProperty auditImagesProperty() {
        return auditImages.getReadOnlyProperty();
    }

    /** "No reference image: ask for the check again.", or empty. */
    public ReadOnlyStringProperty referenceMissingProperty() {
        return referenceMissing.getReadOnlyProperty();
    }
}
