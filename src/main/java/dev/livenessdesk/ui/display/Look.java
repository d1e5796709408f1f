package dev.livenessdesk.ui.display;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.Supplier;

/**
 * What the window is drawn with: an AtlantaFX theme as the user-agent stylesheet, and the desk's palette over it
 * (the looked-up colours the screens' stylesheets use; the high-contrast palette also replaces the theme's own).
 */
public enum Look {
    LIGHT(() -> new PrimerLight().getUserAgentStylesheet(), "light.css"),
    DARK(() -> new PrimerDark().getUserAgentStylesheet(), "dark.css"),
    HIGH_CONTRAST(() -> new PrimerDark().getUserAgentStylesheet(), "high-contrast.css");

    private final Supplier<String> userAgentStylesheet;
    private final String palette;

    Look(Supplier<String> userAgentStylesheet, String palette) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.palette = palette;
    }

    String userAgentStylesheet() {
        return userAgentStylesheet.get();
    }

    /** The palette's stylesheet URL, added to every scene. */
    String palette() {
        return Look.class.getResource(palette).toExternalForm();
    }
}
