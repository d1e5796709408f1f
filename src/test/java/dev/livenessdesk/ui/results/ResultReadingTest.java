package dev.livenessdesk.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/** What the Result tab reads out beside the score, without a robot. */
class ResultReadingTest {

    private static final String ID = "0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8";

    private static SessionResults lowWithTwoCodes() {
        return new SessionResults(ID, SessionStatus.SUCCEEDED, "SUCCEEDED", Optional.of(41.5f), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), List.of(
                        new FeedbackItem("LOW_LIGHTING_DETECTED", "Low lighting."),
                        new FeedbackItem("FACE_NOT_ALIGNED", "Not aligned.")), Optional.of("AmplifyUI-React"));
    }

    @Test
    void aLowScoreWithTwoCodesSaysWhyWhoRanItAndWhatCameBack() {
        SimpleIntegerProperty mark = new SimpleIntegerProperty(60);
        ResultReading reading = new ResultReading(mark);

        reading.show(lowWithTwoCodes(), OptionalInt.of(2));

        assertThat(reading.feedback()).extracting(FeedbackItem::code)
                .containsExactly("LOW_LIGHTING_DETECTED", "FACE_NOT_ALIGNED");
        assertThat(reading.feedbackHeadingProperty().get()).isEqualTo("Rekognition saw 2 things that lower the "
                + "score:");
        assertThat(reading.feedbackNextStepProperty().get()).startsWith("Ask the person to fix these");
        assertThat(reading.clientProperty().get()).isEqualTo("AmplifyUI-React (reported by the client)");
        assertThat(reading.auditImagesProperty().get()).startsWith("0 of 2 requested (best effort");
        assertThat(reading.referenceMissingProperty().get())
                .isEqualTo("No reference image: ask for the check again.");
    }

    @Test
    void loweringThePassMarkBelowTheScoreDropsTheNextStepButKeepsTheReasons() {
        SimpleIntegerProperty mark = new SimpleIntegerProperty(60);
        ResultReading reading = new ResultReading(mark);
        reading.show(lowWithTwoCodes(), OptionalInt.empty());

        mark.set(40);

        assertThat(reading.feedbackNextStepProperty().get()).isEmpty();
        assertThat(reading.feedbackHeadingProperty().get()).startsWith("Rekognition saw 2 things");
        assertThat(reading.auditImagesProperty().get()).isEqualTo("none came back");
    }

    @Test
    void nothingShownClearsEveryLine() {
        ResultReading reading = new ResultReading(new SimpleIntegerProperty(60));
        reading.show(lowWithTwoCodes(), OptionalInt.of(2));

        reading.show(null, OptionalInt.empty());

        assertThat(reading.feedback()).isEmpty();
        assertThat(List.of(reading.feedbackHeadingProperty().get(), reading.feedbackNextStepProperty().get(),
                reading.clientProperty().get(), reading.auditImagesProperty().get(),
                reading.referenceMissingProperty().get())).containsOnly("");
    }
}
