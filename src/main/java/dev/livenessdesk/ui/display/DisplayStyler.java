package dev.livenessdesk.ui.display;

import dev.livenessdesk.ui.common.TextScale;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Puts the chosen look and text size on every window of the app, the ones open now and the ones opened later
 * (dialogs, the image detail, tooltips, menus): the theme as the user-agent stylesheet, and on each scene the
 * desk's palette and a stylesheet that sets the root font size. The controls' sizes are in em, so the whole window
 * scales with it. Like the user-agent stylesheet it sets, this is one state for the whole application.
 */
public final class DisplayStyler {

    private static final String SIZE_SHEET_PREFIX = "data:text/css;base64,";
    private static final String WATCHED = DisplayStyler.class.getName();
    private static final String COMMON = DisplayStyler.class.getResource("desk.css").toExternalForm();
    private static final Set<String> OURS = Stream.concat(Stream.of(Look.values()).map(Look::palette),
            Stream.of(COMMON)).collect(Collectors.toUnmodifiableSet());
    private static List<String> sheets = List.of();
    private static Look shownLook;
    private static boolean watching;

    private DisplayStyler() {
    }

    /** Applies a look and a text size to every window; call on the FX thread. */
    public static void apply(Look look, int textPercent) {
        if (look != shownLook) {
            Application.setUserAgentStylesheet(look.userAgentStylesheet());
            shownLook = look;
        }
        sheets = List.of(look.palette(), COMMON, sizeSheet(textPercent));
        TextScale.factorProperty().set(textPercent / 100.0);
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(DisplayStyler::watch);
                }
            });
        }
        List.copyOf(Window.getWindows()).forEach(DisplayStyler::watch);
    }

    /** The look last applied; null before the first {@link #apply}. */
    public static Look shownLook() {
        return shownLook;
    }

    private static void watch(Window window) {
        if (!window.getProperties().containsKey(WATCHED)) {
            window.getProperties().put(WATCHED, Boolean.TRUE);
            window.sceneProperty().addListener((seen, old, scene) -> restyle(scene));
        }
        restyle(window.getScene());
    }

    private static void restyle(Scene scene) {
        if (scene == null) {
            return;
        }
        List<String> current = scene.getStylesheets();
        if (current.size() >= sheets.size() && current.subList(0, sheets.size()).equals(sheets)) {
            return;
        }
        current.removeIf(sheet -> OURS.contains(sheet) || sheet.startsWith(SIZE_SHEET_PREFIX));
        // First, so a screen's own stylesheets still win over the palette where both set something.
        current.addAll(0, sheets);
    }

    /**
     * The root font size, and the few places AtlantaFX fixes a size in pixels (tooltips, a text field's menu),
     * as a stylesheet of its own.
     */
    static String sizeSheet(int textPercent) {
        String css = ".root, .tooltip, .text-input .context-menu { -fx-font-size: "
                + TextSize.pixels(textPercent) + "px; }\n";
        return SIZE_SHEET_PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
