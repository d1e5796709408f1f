package dev.livenessdesk.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.session.FeedbackCode;
import dev.livenessdesk.core.session.FeedbackItem;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The words a support person reads for each feedback code. */
class FeedbackAdviceTest {

    @Test
    void lowLightingReadsAsTheIssueAsksFor() {
        assertThat(FeedbackAdvice.line(new FeedbackItem("LOW_LIGHTING_DETECTED", "whatever AWS says today")))
                .isEqualTo("Low lighting: ask the person to face a light source, not a window behind them.");
    }

    @ParameterizedTest
    @EnumSource(value = FeedbackCode.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyKnownCodeHasANameAndSaysWhatToAskTheWholeSentence(FeedbackCode code) {
        FeedbackItem item = new FeedbackItem(code.name(), "");

        assertThat(FeedbackAdvice.title(item)).isNotBlank().doesNotContain("_").hasSizeLessThanOrEqualTo(20);
        assertThat(FeedbackAdvice.advice(item)).startsWith("ask the person to").endsWith(".");
    }

    @Test
    void eachKnownCodeHasItsOwnWords() {
        List<FeedbackItem> known = Arrays.stream(FeedbackCode.values()).filter(c -> c != FeedbackCode.UNKNOWN)
                .map(c -> new FeedbackItem(c.name(), "")).toList();

        assertThat(new HashSet<>(known.stream().map(FeedbackAdvice::title).toList())).hasSize(known.size());
        assertThat(new HashSet<>(known.stream().map(FeedbackAdvice::advice).toList())).hasSize(known.size());
    }

    @Test
    void theWordsComeFromTheCodeNeverFromTheServicesMessage() {
        assertThat(FeedbackAdvice.line(new FeedbackItem("EYES_CLOSED_DETECTED", "Low lighting detected.")))
                .startsWith("Eyes closed:").doesNotContain("Low lighting");
    }

    @Test
    void anUnknownCodeShowsItRawWithTheServicesMessage() {
        FeedbackItem item = new FeedbackItem("SCREEN_GLARE_DETECTED", "Glare from a screen was detected.");

        assertThat(FeedbackAdvice.title(item)).isEqualTo("SCREEN_GLARE_DETECTED");
        assertThat(FeedbackAdvice.line(item)).isEqualTo("SCREEN_GLARE_DETECTED: a reason this version of Liveness "
                + "Desk does not know yet. AWS says: Glare from a screen was detected.");
    }

    @Test
    void anUnknownCodeWithoutAMessageSaysWhereToLookItUp() {
        assertThat(FeedbackAdvice.line(new FeedbackItem("SCREEN_GLARE_DETECTED", "")))
                .isEqualTo("SCREEN_GLARE_DETECTED: a reason this version of Liveness Desk does not know yet; look "
                        + "the code up in the Face Liveness documentation.");
    }
}
