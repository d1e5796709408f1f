package dev.livenessdesk.settings;

/**
 * How the window looks, as the user chose it in the Display menu.
 *
 * @param theme    "system", "light", "dark" or "high-contrast"; null (never chosen) reads as "system"
 * @param textSize the text size in percent of the theme's own, 100 to 200; null or out of range reads as 100
 */
public record DisplayChoice(String theme, Integer textSize) {

    public static final int SMALLEST_TEXT = 100;
    public static final int LARGEST_TEXT = 200;

    public static DisplayChoice defaults() {
        return new DisplayChoice(null, null);
    }

    /** The theme's key, "system" when none was chosen. */
    public String themeOrSystem() {
        return theme == null || theme.isBlank() ? "system" : theme;
    }

    /** The text size in percent, within 100..200 (a hand-edited file may hold anything). */
    public int textSizeOrDefault() {
        return textSize == null || textSize < SMALLEST_TEXT || textSize > LARGEST_TEXT ? SMALLEST_TEXT : textSize;
    }
}
