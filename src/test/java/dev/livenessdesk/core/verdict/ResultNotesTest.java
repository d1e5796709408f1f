package dev.livenessdesk.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.images.ImageKind;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.ResultImage;
import dev.livenessdesk.core.session.ReturnedImages;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A low score with two codes, read as a support person would say it on the phone. */
class ResultNotesTest {

    private static final ResultImage IMAGE = new ResultImage(ImageKind.AUDIT, 1, Optional.empty(),
            Optional.of(new byte[] {1}), Optional.empty());
    private static final List<FeedbackItem> TWO_CODES = List.of(
            new FeedbackItem("LOW_LIGHTING_DETECTED", "Low lighting detected."),
            new FeedbackItem("FACE_NOT_ALIGNED", "Face not aligned."));

    private static SessionResults results(SessionStatus status, Float score, boolean reference, int audits,
                                          List<FeedbackItem> feedback, String client) {
        return new SessionResults("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", status, status.name(),
                Optional.ofNullable(score), reference ? Optional.of(IMAGE) : Optional.empty(),
                Collections.nCopies(audits, IMAGE), Optional.empty(), Optional.empty(), feedback,
                Optional.ofNullable(client));
    }

    @Test
    void aLowScoreWithTwoCodesReadsAsASupportPersonWouldSayIt() {
        SessionResults results = results(SessionStatus.SUCCEEDED, 41.5f, true, 2, TWO_CODES, "AmplifyUI-React");
        Optional<ScoreAgainstMark> verdict = ScoreAgainstMark.of(results, 60);

        assertThat(verdict.orElseThrow().text()).isEqualTo("FAIL: 41.5 is below the pass mark of 60 "
                + "(Presentation attacks)");
        assertThat(ResultNotes.feedbackHeading(results, verdict))
                .hasValue("Rekognition saw 2 things that lower the score:");
        assertThat(results.feedback()).extracting(FeedbackAdvice::line).containsExactly(
                "Low lighting: ask the person to face a light source, not a window behind them.",
                "Face not centred: ask the person to look straight at the camera and move until the face fills "
                        + "the oval.");
        assertThat(ResultNotes.feedbackNextStep(results, verdict)).hasValue("Ask the person to fix these, then "
                + "create a new session for another try: a session id works only once.");
        assertThat(ResultNotes.client(results)).hasValue("AmplifyUI-React (reported by the client)");
        assertThat(ResultNotes.auditImages(results, ReturnedImages.of(results, OptionalInt.of(4))))
                .hasValue("2 of 4 requested (best effort: a short check returns fewer; not an error)");
        assertThat(ResultNotes.referenceMissing(ReturnedImages.of(results, OptionalInt.of(4)))).isEmpty();
    }

    @Test
    void aPassWithOneCodeShowsItWithoutTellingToTryAgain() {
        SessionResults results = results(SessionStatus.SUCCEEDED, 90f, true, 1,
                List.of(new FeedbackItem("EYES_CLOSED_DETECTED", "")), null);
        Optional<ScoreAgainstMark> verdict = ScoreAgainstMark.of(results, 85);

        assertThat(verdict.orElseThrow().text()).isEqualTo("PASS: 90.0 is at or above the pass mark of 85 "
                + "(Injection and deepfakes)");
        assertThat(ResultNotes.feedbackHeading(results, verdict))
                .hasValue("Rekognition saw 1 thing that lowers the score:");
        assertThat(ResultNotes.feedbackNextStep(results, verdict)).isEmpty();
        assertThat(ResultNotes.client(results)).isEmpty();
        assertThat(ResultNotes.auditImages(results, ReturnedImages.of(results, OptionalInt.of(1))))
                .hasValue("1 of 1 requested");
    }

    @Test
    void aFailWithoutFeedbackSaysToLookAtTheImages() {
        SessionResults results = results(SessionStatus.SUCCEEDED, 12f, true, 0, List.of(), null);

        assertThat(ResultNotes.feedbackHeading(results, ScoreAgainstMark.of(results, 80))).hasValue("Rekognition gave no "
                + "reason for this score: look at the reference and audit images before you decide.");
        assertThat(ResultNotes.auditImages(results, ReturnedImages.of(results, OptionalInt.of(0))))
                .hasValue("none requested (the session's limit was 0)");
    }

    @Test
    void aMarkThatIsNoPresetNamesNone() {
        SessionResults results = results(SessionStatus.SUCCEEDED, 75.25f, true, 0, List.of(), null);

        assertThat(ScoreAgainstMark.of(results, 80).orElseThrow().text())
                .isEqualTo("FAIL: 75.25 is below the pass mark of 80");
        assertThat(ScoreAgainstMark.of(results, 75).orElseThrow().text())
                .isEqualTo("PASS: 75.25 is at or above the pass mark of 75");
    }

    @Test
    void aMissingReferenceSaysToAskForTheCheckAgain() {
        SessionResults results = results(SessionStatus.SUCCEEDED, 70f, false, 0, List.of(), null);

        assertThat(ResultNotes.referenceMissing(ReturnedImages.of(results, OptionalInt.empty())))
                .hasValue("No reference image: ask for the check again.");
        assertThat(ResultNotes.auditImages(results, ReturnedImages.of(results, OptionalInt.empty())))
                .hasValue("none came back");
    }

    @Test
    void nothingIsSaidBeforeTheCheckHasRun() {
        SessionResults results = results(SessionStatus.IN_PROGRESS, null, false, 0, List.of(), null);

        assertThat(ScoreAgainstMark.of(results, 60)).isEmpty();
        assertThat(ResultNotes.feedbackHeading(results, Optional.empty())).isEmpty();
        assertThat(ResultNotes.auditImages(results, ReturnedImages.of(results, OptionalInt.of(2)))).isEmpty();
        assertThat(ResultNotes.referenceMissing(ReturnedImages.of(results, OptionalInt.of(2)))).isEmpty();
    }
}
