package dev.livenessdesk.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** True when the numbers could describe a real window (a corrupt or hand-edited file may say otherwise). */
    @JsonIgnore
    public boolean isUsable() {
        return width >= 200 && height >= 150 && Double.isFinite(x) && Double.isFinite(y);
    }
}
