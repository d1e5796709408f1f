package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The confidence plot's column labels: whole names on up to two short lines, an ellipsis only past that. */
class ConfidencePlotLabelTest {

    @Test
    void aNameThatFitsOneLineStaysAsTyped() {
        assertThat(ConfidencePlot.label("Silicone mask")).isEqualTo("Silicone mask");
        assertThat(ConfidencePlot.label("  Live  ")).isEqualTo("Live");
    }

    @Test
    void aLongerNameBreaksBetweenWordsOntoASecondLine() {
        assertThat(ConfidencePlot.label("Live, office light")).isEqualTo("Live, office\nlight");
        assertThat(ConfidencePlot.label("Phone screen replay")).isEqualTo("Phone screen\nreplay");
        assertThat(ConfidencePlot.label("Printed photo A4")).isEqualTo("Printed photo\nA4");
    }

    @Test
    void whatDoesNotFitTwoLinesEndsInAnEllipsis() {
        assertThat(ConfidencePlot.label("Printed photo A4 held at arm's length"))
                .isEqualTo("Printed photo\nA4 held at\u2026");
        assertThat(ConfidencePlot.label("Deepfakeinjectionthroughvirtualcamera"))
                .isEqualTo("Deepfakeinje\u2026");
        assertThat(ConfidencePlot.label("Mask Supercalifragilistic"))
                .isEqualTo("Mask\nSupercalifra\u2026");
    }
}
