package dev.livenessdesk.ui.display;

import dev.livenessdesk.settings.DisplayChoice;
import java.util.List;

/** The text sizes the Display menu offers, in percent of the theme's 14 px, and the steps between them. */
public final class TextSize {

    /** The theme's own root font size, in pixels, at 100 %. */
    static final double BASE_PIXELS = 14;

    public static final List<Integer> STEPS = List.of(100, 125, 150, 175, DisplayChoice.LARGEST_TEXT);

    private TextSize() {
    }

    static int larger(int percent) {
        return STEPS.stream().filter(step -> step > percent).findFirst().orElse(STEPS.get(STEPS.size() - 1));
    }

    static int smaller(int percent) {
        return STEPS.stream().filter(step -> step < percent).reduce((first, second) -> second).orElse(STEPS.get(0));
    }

    /** The root font size for this percentage, in whole pixels (fractions blur text). */
    static long pixels(int percent) {
        return Math.round(BASE_PIXELS * percent / 100.0);
    }
}
