package dev.livenessdesk.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.verdict.PassMarkPreset;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/** The presets beside the pass-mark spinner, without a robot. */
class PassMarkPresetsTest {

    @Test
    void choosingAPresetSetsTheMarkAndSaysWhatItGuardsAgainst() {
        SimpleIntegerProperty mark = new SimpleIntegerProperty(80);
        PassMarkPresets presets = new PassMarkPresets(mark);

        presets.choose(PassMarkPreset.PRESENTATION_ATTACKS);

        assertThat(mark.get()).isEqualTo(60);
        assertThat(presets.selectedProperty().get()).isEqualTo(PassMarkPreset.PRESENTATION_ATTACKS);
        assertThat(presets.lineProperty().get()).isEqualTo("Stops printed photos, screen replays and masks held up "
                + "to the camera; AWS suggests 50 to 60 for these.");
    }

    @Test
    void typingAPresetsValueSelectsItAndAnyOtherValueIsTheUsersOwn() {
        SimpleIntegerProperty mark = new SimpleIntegerProperty(80);
        PassMarkPresets presets = new PassMarkPresets(mark);
        assertThat(presets.selectedProperty().get()).isNull();
        assertThat(presets.lineProperty().get()).startsWith("A mark of 80 is in AWS's range for injection");

        mark.set(85);
        assertThat(presets.selectedProperty().get()).isEqualTo(PassMarkPreset.INJECTION_AND_DEEPFAKES);

        mark.set(86);
        assertThat(presets.selectedProperty().get()).isNull();
        assertThat(presets.lineProperty().get()).startsWith("A mark of 86");
    }
}
