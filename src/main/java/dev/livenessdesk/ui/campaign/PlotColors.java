package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.AttackSpecies;

/** The colours of the campaign plots, one per line or dot kind, the same on screen and in the report. */
final class PlotColors {

    static final String BONA_FIDE = "#2e7d32";
    static final String ATTACK = "#c62828";
    static final String BPCER = "#1565c0";
    static final String WORST = "#212121";
    static final String PASS_MARK = "#757575";
    static final String CROSSING = "#d50000";

    private PlotColors() {
    }

    static String of(AttackSpecies species) {
        return switch (species) {
            case PRINTED_PHOTO -> "#e53935";
            case SCREEN_REPLAY -> "#ef6c00";
            case MASK -> "#8e24aa";
            case INJECTION -> "#d81b60";
            case OTHER -> "#6d4c41";
        };
    }
}
