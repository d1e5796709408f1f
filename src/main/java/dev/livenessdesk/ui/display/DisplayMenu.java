package dev.livenessdesk.ui.display;

import dev.livenessdesk.core.Words;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Display menu for the connection bar: the theme, the text size, and Ctrl+Plus, Ctrl+Minus and Ctrl+0 for
 * larger, smaller and the usual text. Building it applies the remembered choice; every change applies at once.
 */
public final class DisplayMenu {

    static final Words WORDS = new Words("dev.livenessdesk.ui.display.Display");

    private DisplayMenu() {
    }

    /** Applies the model's look and text size to every window, now and on every change. */
    public static void applyAndFollow(DisplayViewModel model) {
        DisplayStyler.apply(model.lookProperty().getValue(), model.textSizeProperty().get());
        model.lookProperty().addListener((seen, old, look) -> DisplayStyler.apply(look, model.textSizeProperty().get()));
        model.textSizeProperty().addListener((seen, old, size) ->
                DisplayStyler.apply(model.lookProperty().getValue(), size.intValue()));
    }

    public static MenuButton create(DisplayViewModel model) {
        MenuButton menu = new MenuButton(WORDS.get("menu"), new FontIcon(Feather.SUN));
        menu.setId("displayMenu");
        menu.setMnemonicParsing(false);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setTooltip(new Tooltip(WORDS.get("menu.tooltip")));
        menu.setAccessibleText(WORDS.get("menu.accessible"));

        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(WORDS.get("theme." + theme.key()));
            item.setId("theme-" + theme.key());
            item.setToggleGroup(themes);
            item.setSelected(model.themeProperty().get() == theme);
            item.setOnAction(event -> model.choose(theme));
            menu.getItems().add(item);
        }
        model.themeProperty().addListener((seen, old, theme) -> themes.getToggles().forEach(toggle ->
                toggle.setSelected(((MenuItem) toggle).getId().equals("theme-" + theme.key()))));
        menu.getItems().add(new SeparatorMenuItem());

        ToggleGroup sizes = new ToggleGroup();
        for (int percent : TextSize.STEPS) {
            RadioMenuItem item = new RadioMenuItem(WORDS.get("size", percent));
            item.setId("textSize-" + percent);
            item.setToggleGroup(sizes);
            item.setSelected(model.textSizeProperty().get() == percent);
            item.setOnAction(event -> model.setTextSize(percent));
            menu.getItems().add(item);
        }
        model.textSizeProperty().addListener((seen, old, size) -> sizes.getToggles().forEach(toggle ->
                toggle.setSelected(((MenuItem) toggle).getId().equals("textSize-" + size))));
        menu.getItems().addAll(new SeparatorMenuItem(),
                action("larger", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_ANY),
                        model::largerText),
                action("smaller", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                        model::smallerText),
                action("actual", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        model::actualTextSize));
        return menu;
    }

    private static MenuItem action(String key, KeyCombination keys, Runnable run) {
        MenuItem item = new MenuItem(WORDS.get(key));
        item.setId("textSize-" + key);
        item.setAccelerator(keys);
        item.setOnAction(event -> run.run());
        return item;
    }
}
