package dev.livenessdesk.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How much larger than usual the text is (1 at 100 %, 1.5 at 150 %), as the Display menu set it for every window:
 * for the few sizes that are given in pixels (table columns' least widths), so they grow with the text.
 * FX thread only; like the theme it follows, one value for the whole application.
 */
public final class TextScale {

    private static final DoubleProperty FACTOR = new SimpleDoubleProperty(1);

    private TextScale() {
    }

    public static DoubleProperty factorProperty() {
        return FACTOR;
    }
}
