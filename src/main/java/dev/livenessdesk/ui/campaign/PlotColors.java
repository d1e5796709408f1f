package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.AttackSpecies;

/**
 * The colours of the campaign plots, one per line or dot kind, as the names of the theme's looked-up colours (the
 * Display menu's light, dark and high-contrast palettes set them, each at 3:1 or more on the plot's background; the
 * report's pictures use the light ones, ui.common.LightPalette). Use them in a style: {@code -fx-stroke: <name>}.
 */
final class PlotColors {

    static final String BONA_FIDE = "-desk-plot-bona-fide";
    static final String ATTACK = "-desk-plot-attack";
    static final String BPCER = "-desk-plot-bpcer";
    static final String WORST = "-desk-plot-worst";
    static final String PASS_MARK = "-desk-plot-pass-mark";
    static final String CROSSING = "-desk-plot-crossing";

    private PlotColors() {
    }

    static String of(AttackSpecies species) {
        return switch (species) {
            case PRINTED_PHOTO -> "-desk-plot-printed-photo";
            case SCREEN_REPLAY -> "-desk-plot-screen-replay";
            case MASK -> "-desk-plot-mask";
            case INJECTION -> "-desk-plot-injection";
            case OTHER -> "-desk-plot-other";
        };
    }
}
