package dev.livenessdesk.ui.display;

import java.util.Arrays;

/** The theme a user picks in the Display menu; {@link #SYSTEM} is high contrast when the OS asks for it. */
public enum Theme {
    SYSTEM("system"),
    LIGHT("light"),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    /** How it is kept in the preferences. */
    public String key() {
        return key;
    }

    /** The theme kept under this key; {@link #SYSTEM} for an unknown or missing one. */
    public static Theme ofKey(String key) {
        return Arrays.stream(values()).filter(theme -> theme.key.equals(key)).findFirst().orElse(SYSTEM);
    }

    /** The look this choice gives on a system that does (or does not) ask for high contrast. */
    public Look look(boolean systemHighContrast) {
        return switch (this) {
            case SYSTEM -> systemHighContrast ? Look.HIGH_CONTRAST : Look.LIGHT;
            case LIGHT -> Look.LIGHT;
            case DARK -> Look.DARK;
            case HIGH_CONTRAST -> Look.HIGH_CONTRAST;
        };
    }
}
