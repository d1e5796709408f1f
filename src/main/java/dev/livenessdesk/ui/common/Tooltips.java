package dev.livenessdesk.ui.common;

import javafx.scene.control.Tooltip;

/**
 * Tooltips that wrap: an error or an endpoint list in one line can run off a 1600 px screen. Every tooltip of
 * more than a few words goes through here.
 */
public final class Tooltips {

    /** About 70 characters a line: readable, and narrow enough for any screen the desk runs on. */
    public static final double MAX_WIDTH = 520;

    private Tooltips() {
    }

    public static Tooltip wrapping() {
        return wrapping(new Tooltip());
    }

    public static Tooltip wrapping(String text) {
        return wrapping(new Tooltip(text));
    }

    public static Tooltip wrapping(Tooltip tooltip) {
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        return tooltip;
    }
}
