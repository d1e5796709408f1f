package dev.livenessdesk.ui.display;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.ui.common.LightPalette;
import java.util.function.Supplier;

/**
 * What the window is drawn with: an AtlantaFX theme as the user-agent stylesheet, and the desk's palette over it
 * (the looked-up colours the screens' stylesheets use; the high-contrast palette also replaces the theme's own).
 */
public enum Look {
    // The light palette is shared with the campaign report's pictures: it lives in ui.common.
    LIGHT(() -> new PrimerLight().getUserAgentStylesheet(), LightPalette::stylesheet),
    DARK(() -> new PrimerDark().getUserAgentStylesheet(), () -> Look.class.getResource("dark.css").toExternalForm()),
    HIGH_CONTRAST(() -> new PrimerDark().getUserAgentStylesheet(),
            () -> Look.class.getResource("high-contrast.css").toExternalForm());

    private final Supplier<String> userAgentStylesheet;
    private final Supplier<String> palette;

    Look(Supplier<String> userAgentStylesheet, Supplier<String> palette) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.palette = palette;
    }

    String userAgentStylesheet() {
        return userAgentStylesheet.get();
    }

    /** The palette's stylesheet URL, added to every scene. */
    String palette() {
        return palette.get();
    }
}
