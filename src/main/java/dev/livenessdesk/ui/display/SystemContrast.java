package dev.livenessdesk.ui.display;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Whether the operating system asks for high contrast, read once at start. JavaFX 21 has no public call for it:
 * on Windows its toolkit knows the high-contrast scheme's name (the same source JavaFX's own Modena theme
 * follows), on Linux the GTK theme's name says it (GNOME's "HighContrast" and "HighContrastInverse"), and
 * JavaFX's own {@code com.sun.javafx.highContrastTheme} property forces it anywhere. macOS's "Increase contrast"
 * is not visible to JavaFX 21: there the user picks High contrast in the Display menu.
 */
final class SystemContrast {

    private SystemContrast() {
    }

    static boolean asked() {
        return asked(System.getenv(), System.getProperties()::getProperty, SystemContrast::toolkitScheme);
    }

    static boolean asked(Map<String, String> environment, java.util.function.UnaryOperator<String> properties,
                         Supplier<String> toolkitScheme) {
        if (properties.apply("com.sun.javafx.highContrastTheme") != null) {
            return true;
        }
        String gtkTheme = environment.get("GTK_THEME");
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("highcontrast")) {
            return true;
        }
        return toolkitScheme.get() != null;
    }

    /**
     * The high-contrast scheme's name as JavaFX's toolkit reads it from the OS (Windows only), null when off or
     * when the toolkit's internal class cannot be reached (JavaFX as a named module without the export).
     */
    private static String toolkitScheme() {
        try {
            Object toolkit = Class.forName("com.sun.javafx.tk.Toolkit").getMethod("getToolkit").invoke(null);
            Object name = toolkit.getClass().getMethod("getThemeName").invoke(toolkit);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return null;
        }
    }
}
