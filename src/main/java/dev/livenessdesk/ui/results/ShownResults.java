package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The latest results answer as the Result tab shows it: the status badge and what it means, the confidence and
 * the challenge. Kept apart from {@link ResultsViewModel}, which decides when to ask, so that turning an answer
 * into words lives in one place and can be read without the polling around it. FX thread only.
 */
public final class ShownResults {

    private final ReadOnlyObjectWrapper<SessionResults> results = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SessionStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusExplanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confidenceText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper challengeText = new ReadOnlyStringWrapper("");

    ShownResults() {
    }

    /** Shows nothing: before the first answer of a newly followed session. */
    void clear() {
        results.set(null);
        status.set(null);
        statusText.set("");
        statusExplanation.set("");
        confidenceText.set("");
        challengeText.set("");
    }

    void show(SessionResults answer) {
        results.set(answer);
        status.set(answer.status());
        statusText.set(answer.displayStatus());
        statusExplanation.set(answer.status() == SessionStatus.UNKNOWN
                ? ResultsText.get("status.UNKNOWN", answer.rawStatus())
                : ResultsText.get("status." + answer.status().name()));
        confidenceText.set(answer.confidence().map(c -> ResultsText.get("confidence.value", c)).orElse(""));
        challengeText.set(answer.challengeType()
                .map(type -> answer.challengeVersion().map(v -> ResultsText.get("challenge.value", type, v))
                        .orElse(type))
                .orElse(""));
    }

    /** The latest answer, or null before the first. */
    public ReadOnlyObjectProperty<SessionResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status as the service sent it (a raw string for one this version does not know). */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusExplanationProperty() {
        return statusExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confidenceTextProperty() {
        return confidenceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty challengeTextProperty() {
        return challengeText.getReadOnlyProperty();
    }
}
