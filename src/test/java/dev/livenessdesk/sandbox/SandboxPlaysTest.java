package dev.livenessdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CheckOutcome;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.ReturnedImages;
import dev.livenessdesk.core.session.SessionDraft;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettingsValidator;
import dev.livenessdesk.core.verdict.PassMarkPreset;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's plays of the check, so the app's feedback words can be seen without AWS. */
class SandboxPlaysTest {

    private SandboxBackend backend;
    private LivenessSessions sessions;

    @BeforeEach
    void startSandbox() {
        backend = new SandboxBackend(MutableClock.atNoon());
        sessions = backend.livenessSessions(ConnectionSettings.of("sandbox", "us-east-1"));
    }

    private SessionResults played(CheckOutcome outcome, int auditImages) throws Exception {
        CreatedSession session = sessions.create(new SessionSettingsValidator().validate(SessionDraft.builder()
                .region("us-east-1").auditImagesLimit(auditImages).build()).settings().orElseThrow());
        backend.simulator().simulateCompletedCheck(session.sessionId(), outcome);
        return sessions.results(session.sessionId());
    }

    @Test
    void poorConditionsScoreBelowBothPresetsWithTwoCodesAndHalfTheAuditImages() throws Exception {
        SessionResults results = played(CheckOutcome.POOR_CONDITIONS, 4);

        assertThat(results.confidence().orElseThrow())
                .isLessThan(PassMarkPreset.PRESENTATION_ATTACKS.mark());
        assertThat(results.feedback()).extracting(FeedbackItem::kind)
                .containsExactly(FeedbackCode.LOW_LIGHTING_DETECTED, FeedbackCode.FACE_NOT_ALIGNED);
        assertThat(results.feedback()).allSatisfy(item -> assertThat(item.message()).isNotBlank());
        ReturnedImages returned = ReturnedImages.of(results, OptionalInt.of(4));
        assertThat(returned.auditReceived()).isEqualTo(2);
        assertThat(returned.fewerAuditsThanRequested()).isTrue();
        assertThat(returned.referenceMissing()).isFalse();
    }

    @Test
    void aSpoofScoresLowAndBlursTheVideo() throws Exception {
        SessionResults results = played(CheckOutcome.SPOOF, 2);

        assertThat(results.confidence().orElseThrow()).isLessThan(PassMarkPreset.PRESENTATION_ATTACKS.mark());
        assertThat(results.feedback()).extracting(FeedbackItem::kind)
                .containsExactly(FeedbackCode.LOW_VIDEO_QUALITY_DETECTED);
        assertThat(results.auditImages()).hasSize(2);
    }

    @Test
    void aLivePersonPassesBothPresetsWithoutFeedback() throws Exception {
        SessionResults results = played(CheckOutcome.LIVE, 1);

        assertThat(results.confidence().orElseThrow()).isGreaterThanOrEqualTo(
                (float) PassMarkPreset.INJECTION_AND_DEEPFAKES.mark());
        assertThat(results.feedback()).isEmpty();
    }

    @Test
    void everyPlayNamesTheSandboxAsTheClientSoNobodyTakesItForARealOne() throws Exception {
        for (CheckOutcome outcome : CheckOutcome.values()) {
            assertThat(played(outcome, 0).clientSdk()).hasValue(SandboxCheckSimulator.CLIENT_SDK);
        }
    }
}
