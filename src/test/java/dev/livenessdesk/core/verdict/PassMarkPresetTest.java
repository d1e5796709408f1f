package dev.livenessdesk.core.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pass marks with a meaning, after AWS's AI Service Card. */
class PassMarkPresetTest {

    @Test
    void thePresetsAreLabelledWithTheirMarks() {
        assertThat(PassMarkPreset.PRESENTATION_ATTACKS.label()).isEqualTo("Presentation attacks (60)");
        assertThat(PassMarkPreset.INJECTION_AND_DEEPFAKES.label()).isEqualTo("Injection and deepfakes (85)");
    }

    @Test
    void theirMarksLieInTheRangesAwsSuggests() {
        assertThat(PassMarkPreset.PRESENTATION_ATTACKS.mark()).isBetween(50, 60);
        assertThat(PassMarkPreset.INJECTION_AND_DEEPFAKES.mark()).isBetween(80, 90);
    }

    @Test
    void aMarkIsAPresetOnlyWhenItIsExactlyItsValue() {
        assertThat(PassMarkPreset.matching(60)).contains(PassMarkPreset.PRESENTATION_ATTACKS);
        assertThat(PassMarkPreset.matching(85)).contains(PassMarkPreset.INJECTION_AND_DEEPFAKES);
        assertThat(PassMarkPreset.matching(80)).isEmpty();
    }

    @Test
    void eachPresetSaysWhatItGuardsAgainst() {
        assertThat(PassMarkPreset.lineFor(60)).contains("photos").contains("masks");
        assertThat(PassMarkPreset.lineFor(85)).contains("deepfakes").contains("injected");
    }

    @ParameterizedTest
    @CsvSource({
        "30, below the 50 to 60",
        "55, range for presentation attacks",
        "80, range for injection and deepfakes",
        "70, between AWS's ranges",
        "95, above AWS's 80 to 90"})
    void aMarkThatIsNoPresetIsPlacedAgainstAwsRanges(int mark, String words) {
        assertThat(PassMarkPreset.lineFor(mark)).startsWith("A mark of " + mark).contains(words);
    }
}
