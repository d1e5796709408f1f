package dev.livenessdesk.ui.display;

import dev.livenessdesk.settings.DisplayChoice;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The Display menu's state: the theme and the text size, read from the preferences at start and written back
 * (off the FX thread) whenever the user changes either; the look they give on this system.
 */
public final class DisplayViewModel {

    private final PreferencesStore preferences;
    private final TaskRunner tasks;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.SYSTEM);
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize", DisplayChoice.SMALLEST_TEXT);
    private final ObjectBinding<Look> look;

    /** @param systemHighContrast whether the OS asked for high contrast when the app started */
    public DisplayViewModel(PreferencesStore preferences, TaskRunner tasks, boolean systemHighContrast) {
        this.preferences = preferences;
        this.tasks = tasks;
        DisplayChoice remembered = preferences.current().display();
        theme.set(Theme.ofKey(remembered.themeOrSystem()));
        textSize.set(remembered.textSizeOrDefault());
        look = Bindings.createObjectBinding(() -> theme.get().look(systemHighContrast), theme);
        theme.addListener((seen, old, now) -> remember());
        textSize.addListener((seen, old, now) -> remember());
    }

    /** With the OS's high-contrast setting as the app reads it at start. */
    public static DisplayViewModel followingTheSystem(PreferencesStore preferences, TaskRunner tasks) {
        return new DisplayViewModel(preferences, tasks, SystemContrast.asked());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size in percent, 100 to 200. */
    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public ObservableValue<Look> lookProperty() {
        return look;
    }

    public void choose(Theme chosen) {
        theme.set(chosen);
    }

    /** Sets the text size, kept within 100..200 %. */
    public void setTextSize(int percent) {
        textSize.set(Math.max(DisplayChoice.SMALLEST_TEXT, Math.min(DisplayChoice.LARGEST_TEXT, percent)));
    }

    public void largerText() {
        setTextSize(TextSize.larger(textSize.get()));
    }

    public void smallerText() {
        setTextSize(TextSize.smaller(textSize.get()));
    }

    public void actualTextSize() {
        setTextSize(DisplayChoice.SMALLEST_TEXT);
    }

    private void remember() {
        DisplayChoice choice = new DisplayChoice(theme.get().key(), textSize.get());
        tasks.job(context -> {
            preferences.update(current -> current.withDisplay(choice));
            return choice;
        }).start();
    }
}
