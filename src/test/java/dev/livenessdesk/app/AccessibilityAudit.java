package dev.livenessdesk.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What assistive technology and a person with low vision get from one window as it is on screen, checked from the
 * nodes themselves (WCAG 2.x): every focusable control has a name, every meaningful picture a description, Tab
 * visits every control once and comes back, each label's mnemonic has a control, and every text is 4.5:1 against
 * what is behind it (3:1 for large text and for icons). Each finding is a sentence naming the node. Call on the FX
 * thread.
 */
final class AccessibilityAudit {

    private static final double NORMAL_TEXT = 4.5;
    private static final double LARGE_TEXT_OR_GRAPHIC = 3.0;

    private final String where;
    private final List<String> findings = new ArrayList<>();

    private AccessibilityAudit(String where) {
        this.where = where;
    }

    /** Every finding in this scene as it is shown; {@code where} opens each sentence. */
    static List<String> of(Scene scene, String where) {
        AccessibilityAudit audit = new AccessibilityAudit(where);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<Node> shown = new ArrayList<>();
        visit(scene.getRoot(), shown::add);
        for (Node node : shown) {
            audit.name(node);
            audit.description(node);
            audit.mnemonic(node);
            audit.contrast(node, scene);
            audit.plotColour(node, scene);
        }
        audit.tabOrder(scene, shown);
        audit.squeezed(scene.getRoot());
        return audit.findings;
    }

    /** The controls Tab should reach: focusable, enabled, and on screen. */
    static List<Node> tabStops(Collection<Node> shown) {
        return shown.stream().filter(AccessibilityAudit::isTabStop).toList();
    }

    /** Focusable and enabled, and not the field inside a spinner or a combo box (the control is the stop). */
    private static boolean isTabStop(Node node) {
        if (!node.isFocusTraversable() || node.isDisabled()) {
            return false;
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.Spinner<?> || up instanceof javafx.scene.control.ComboBoxBase<?>) {
                return false;
            }
        }
        return true;
    }

    private void name(Node node) {
        if (!isTabStop(node)) {
            return;
        }
        if (accessibleName(node).isBlank()) {
            findings.add(where + ": a focusable " + describe(node) + " has no accessible name");
        }
    }

    /**
     * What a screen reader says a control is: its accessible text, else its own text (a button, a check box, a
     * tab), else the text of the label that is for it. A prompt text is not a name: it goes when the user types.
     */
    static String accessibleName(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        Object labelledBy = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
        if (labelledBy instanceof Labeled label && label.getText() != null) {
            return label.getText().replace("_", "");
        }
        return "";
    }

    private void description(Node node) {
        boolean meaningful = node instanceof ImageView image && image.getImage() != null
                || node instanceof Canvas || node instanceof Chart;
        if (!meaningful || insideNamedControl(node)) {
            return;
        }
        if (node.getAccessibleText() == null || node.getAccessibleText().isBlank()) {
            findings.add(where + ": the picture " + describe(node) + " has no description");
        }
    }

    /** A picture inside a button or cell is described by the control's name (a thumbnail's button says which). */
    private static boolean insideNamedControl(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if ((up instanceof ButtonBase || up instanceof Cell<?>) && !accessibleName(up).isBlank()) {
                return true;
            }
            // A picture drawn in a region of its own (the Result tab's, with the face box) is described there.
            if ((up instanceof Chart || up.getAccessibleRole() == javafx.scene.AccessibleRole.IMAGE_VIEW)
                    && up.getAccessibleText() != null && !up.getAccessibleText().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private void mnemonic(Node node) {
        if (node instanceof Label label && label.isMnemonicParsing() && label.getText() != null
                && label.getText().matches("(?s).*_\\p{Alnum}.*")) {
            Node target = label.getLabelFor();
            if (target == null || target.getScene() != node.getScene()) {
                findings.add(where + ": the label '" + label.getText() + "' has a mnemonic that moves focus nowhere");
            } else if (!target.isFocusTraversable() && !(target instanceof Parent parent && hasTabStop(parent))) {
                findings.add(where + ": the label '" + label.getText() + "' is for " + describe(target)
                        + ", which cannot take focus");
            }
        }
    }

    private static boolean hasTabStop(Parent parent) {
        List<Node> inside = new ArrayList<>();
        visit(parent, inside::add);
        return inside.stream().anyMatch(Node::isFocusTraversable);
    }

    /**
     * Tab from the first stop: every stop once, back to the first, in the window's order from top to bottom (the
     * connection bar, then the form and the tabs, then the status bar).
     */
    private void tabOrder(Scene scene, List<Node> shown) {
        List<Node> stops = tabStops(shown);
        if (stops.isEmpty()) {
            return;
        }
        Node first = stops.get(0);
        first.requestFocus();
        if (scene.getFocusOwner() != first) {
            findings.add(where + ": " + describe(first) + " does not take focus; focus is on "
                    + (scene.getFocusOwner() == null ? "nothing" : describe(scene.getFocusOwner())));
            first = scene.getFocusOwner() == null ? first : scene.getFocusOwner();
        }
        List<Node> visited = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        Node current = first;
        // Stops scrolled out of sight are visited too (the pane scrolls to them): room for them all.
        for (int press = 0; press <= 4 * stops.size() + 100; press++) {
            visited.add(current);
            if (!seen.add(current)) {
                findings.add(where + ": Tab reaches " + describe(current) + " twice before coming back to "
                        + describe(first));
                return;
            }
            Event.fireEvent(current, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false,
                    false));
            Node next = scene.getFocusOwner();
            if (next == null || next == current) {
                findings.add(where + ": Tab stays on " + describe(current));
                return;
            }
            if (next == first) {
                break;
            }
            current = next;
        }
        for (Node stop : stops) {
            if (!seen.contains(stop) && !insideOwnStop(stop, seen)) {
                findings.add(where + ": Tab never reaches " + describe(stop) + " (order: "
                        + visited.stream().map(AccessibilityAudit::describe).toList() + ")");
            }
        }
        // The window's first stop, which takes focus when it opens, is at its top.
        int topmost = stops.stream().mapToInt(AccessibilityAudit::area).min().orElse(0);
        if (area(stops.get(0)) != topmost) {
            findings.add(where + ": the first Tab stop, " + describe(stops.get(0)) + ", is not at the top of the window");
        }
        // The round trip read from the top: Tab from the last stop (the bottom) to the first (the top) is the wrap.
        int top = 0;
        while (top < visited.size() && area(visited.get(top)) != 0) {
            top++;
        }
        List<Node> fromTheTop = new ArrayList<>(visited.subList(top == visited.size() ? 0 : top, visited.size()));
        fromTheTop.addAll(visited.subList(0, top == visited.size() ? 0 : top));
        int lastArea = -1;
        for (Node stop : fromTheTop) {
            int area = area(stop);
            if (area < lastArea) {
                findings.add(where + ": Tab goes up the window to " + describe(stop) + " (order: "
                        + fromTheTop.stream().map(AccessibilityAudit::describe).toList() + ")");
                return;
            }
            lastArea = area;
        }
    }

    /** A control that could take focus but was given no room (a bar squeezed out of the window) is lost. */
    private void squeezed(Node node) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.getLayoutBounds();
        if (isTabStop(node) && (bounds.getWidth() <= 0 || bounds.getHeight() <= 0)) {
            findings.add(where + ": " + describe(node) + " can take focus but has no room in the window");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::squeezed);
        }
    }

    /** A stop inside another stop (a spinner's field) is reached through it. */
    private static boolean insideOwnStop(Node stop, Set<Node> seen) {
        for (Node up = stop.getParent(); up != null; up = up.getParent()) {
            if (seen.contains(up)) {
                return true;
            }
        }
        return false;
    }

    /** 0 for the connection bar at the top, 2 for the status bar at the bottom, 1 for what is between. */
    private static int area(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if ("connectionBar".equals(up.getId())) {
                return 0;
            }
            if ("statusBar".equals(up.getId())) {
                return 2;
            }
        }
        return 1;
    }

    private void contrast(Node node, Scene scene) {
        if (!(node instanceof Text text) || text.getText() == null || text.getText().isBlank()
                || !(text.getFill() instanceof Color fill) || fill.getOpacity() == 0 || inactive(text)
                || !inSight(text)) {
            return;
        }
        double opacity = fill.getOpacity() * effectiveOpacity(text);
        Color behind = backgroundOf(text, scene);
        Color shown = blend(fill, behind, opacity);
        double ratio = ratio(shown, behind);
        boolean icon = text.getClass().getName().startsWith("org.kordamp.ikonli");
        double needed = icon || large(text.getFont()) ? LARGE_TEXT_OR_GRAPHIC : NORMAL_TEXT;
        if (ratio + 0.005 < needed) {
            findings.add(String.format("%s: %s '%s' in %s on %s is %.2f:1 (needs %.1f:1), in %s", where,
                    icon ? "the icon" : "the text", abbreviate(text.getText()), hex(shown), hex(behind), ratio, needed,
                    describe(owner(text))));
        }
    }

    /**
     * A plot's lines, bars, markers and dots, and the swatches of its legend, are graphics that carry meaning: 3:1
     * against the plot's background (WCAG 1.4.11), in the colour they are drawn with (a dot's opacity included).
     */
    private void plotColour(Node node, Scene scene) {
        if (!inPlot(node) || !inSight(node)) {
            return;
        }
        if (node instanceof Canvas canvas) {
            // Lines between a plot's bands are decoration, as grid lines are (WCAG 1.4.11 asks nothing of them).
            if (!canvas.getStyleClass().contains("plot-decoration")) {
                dots(canvas, scene);
            }
            return;
        }
        Paint paint = null;
        if (node instanceof javafx.scene.shape.Path line && line.getStyleClass().contains("chart-series-line")
                && !line.getElements().isEmpty()) {
            paint = line.getStroke();
        } else if (node instanceof javafx.scene.shape.Line || node instanceof javafx.scene.shape.Circle) {
            javafx.scene.shape.Shape shape = (javafx.scene.shape.Shape) node;
            paint = shape.getFill() instanceof Color fill && fill.getOpacity() > 0 ? fill : shape.getStroke();
        } else if (node instanceof Region bar && bar.getStyleClass().contains("chart-bar")
                && bar.getBackground() != null && !bar.getBackground().getFills().isEmpty()) {
            paint = bar.getBackground().getFills().get(bar.getBackground().getFills().size() - 1).getFill();
        }
        if (!(paint instanceof Color colour) || colour.getOpacity() == 0) {
            return;
        }
        Color behind = backgroundOf(node, scene);
        graphic(blend(colour, behind, effectiveOpacity(node)), behind, node);
    }

    /** The dots a chart paints on a canvas: every colour drawn at (nearly) full strength, over the plot. */
    private void dots(Canvas canvas, Scene scene) {
        Color behind = backgroundOf(canvas, scene);
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        javafx.scene.image.WritableImage picture = canvas.snapshot(transparent, null);
        javafx.scene.image.PixelReader pixels = picture.getPixelReader();
        Set<Color> drawn = new LinkedHashSet<>();
        for (int y = 0; y < (int) picture.getHeight(); y++) {
            for (int x = 0; x < (int) picture.getWidth(); x++) {
                Color pixel = pixels.getColor(x, y);
                // The dot's body, not its anti-aliased rim (which fades into the background by design).
                if (pixel.getOpacity() >= 0.7) {
                    drawn.add(blend(pixel.deriveColor(0, 1, 1, 1 / pixel.getOpacity()), behind, pixel.getOpacity()));
                }
            }
        }
        drawn.stream().limit(50).forEach(colour -> graphic(colour, behind, canvas));
    }

    private void graphic(Color shown, Color behind, Node node) {
        double ratio = ratio(shown, behind);
        if (ratio + 0.005 < LARGE_TEXT_OR_GRAPHIC) {
            findings.add(String.format("%s: the plot's %s in %s on %s is %.2f:1 (needs %.1f:1), in %s", where,
                    node.getClass().getSimpleName(), hex(shown), hex(behind), ratio, LARGE_TEXT_OR_GRAPHIC,
                    describe(plotOf(node))));
        }
    }

    /** Inside a chart, or a legend drawn beside one (the campaign plots draw their own). */
    private static boolean inPlot(Node node) {
        return plotOf(node) != null;
    }

    private static Node plotOf(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof Chart || up.getStyleClass().contains("plot-legend")) {
                return up;
            }
        }
        return null;
    }

    /**
     * Whether the middle of a node is in the window and inside every clip above it: text scrolled out of a scroll
     * pane or a table's header is not seen, and what it would be drawn over is not known.
     */
    private static boolean inSight(Node node) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        double x = (bounds.getMinX() + bounds.getMaxX()) / 2;
        double y = (bounds.getMinY() + bounds.getMaxY()) / 2;
        Scene scene = node.getScene();
        if (x < 0 || y < 0 || x > scene.getWidth() || y > scene.getHeight()) {
            return false;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getClip() != null) {
                Bounds clip = up.localToScene(up.getClip().getBoundsInParent());
                if (!clip.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Disabled controls are exempt from contrast (WCAG 1.4.3, inactive user interface components). */
    private static boolean inactive(Node node) {
        return node.isDisabled();
    }

    private static double effectiveOpacity(Node node) {
        double opacity = 1;
        for (Node up = node; up != null; up = up.getParent()) {
            opacity *= up.getOpacity();
        }
        return opacity;
    }

    /**
     * The colour behind a node: the topmost background fill of the nearest regions that covers it, blended over
     * what is behind them in turn, down to the scene's fill.
     */
    static Color backgroundOf(Node node, Scene scene) {
        Bounds mine = node.localToScene(node.getBoundsInLocal());
        List<Color> layers = new ArrayList<>();
        // Painter's order: below a node lie the siblings before it (a table header's background is one), then its
        // parent's own background, and so on up.
        for (Node child = node; child.getParent() != null; child = child.getParent()) {
            Parent parent = child.getParent();
            List<Node> siblings = parent.getChildrenUnmodifiable();
            for (int i = siblings.indexOf(child) - 1; i >= 0; i--) {
                Node sibling = siblings.get(i);
                if (sibling.isVisible() && sibling instanceof Region region && fillOver(region, mine, layers)) {
                    return flatten(layers, Color.WHITE);
                }
            }
            if (parent instanceof Region region && fillOver(region, mine, layers)) {
                return flatten(layers, Color.WHITE);
            }
        }
        Paint sceneFill = scene.getFill();
        return flatten(layers, sceneFill instanceof Color color && color.getOpacity() > 0 ? color : Color.WHITE);
    }

    /** Adds the region's topmost fill under the point to the layers; true when that fill is opaque. */
    private static boolean fillOver(Region region, Bounds mine, List<Color> layers) {
        if (region.getBackground() == null) {
            return false;
        }
        Bounds theirs = region.localToScene(region.getLayoutBounds());
        List<BackgroundFill> fills = region.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            BackgroundFill fill = fills.get(i);
            if (fill.getFill() instanceof Color color && color.getOpacity() > 0
                    && covers(theirs, fill.getInsets(), mine)) {
                Color seen = color.deriveColor(0, 1, 1, effectiveOpacity(region));
                layers.add(seen);
                return seen.getOpacity() >= 1;
            }
        }
        return false;
    }

    private static boolean covers(Bounds region, Insets insets, Bounds node) {
        double centreX = (node.getMinX() + node.getMaxX()) / 2;
        double centreY = (node.getMinY() + node.getMaxY()) / 2;
        return centreX >= region.getMinX() + insets.getLeft() && centreX <= region.getMaxX() - insets.getRight()
                && centreY >= region.getMinY() + insets.getTop() && centreY <= region.getMaxY() - insets.getBottom();
    }

    /** Layers from the nearest (first) to the farthest (last, usually opaque), painted over a base. */
    private static Color flatten(List<Color> layers, Color base) {
        Color result = base;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Color layer = layers.get(i);
            result = blend(layer.deriveColor(0, 1, 1, 1 / Math.max(layer.getOpacity(), 1e-9)), result,
                    layer.getOpacity());
        }
        return result;
    }

    private static Color blend(Color top, Color bottom, double alpha) {
        double a = Math.min(1, Math.max(0, alpha * top.getOpacity()));
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG's contrast ratio of two opaque colours. */
    static double ratio(Color first, Color second) {
        double one = luminance(first);
        double two = luminance(second);
        return (Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(double value) {
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

    /** WCAG's large text: 18 pt (24 px) or more, or bold at 14 pt (18.66 px) or more. */
    private static boolean large(Font font) {
        boolean bold = font.getStyle().toLowerCase().contains("bold")
                || FontWeight.findByName(font.getStyle()) == FontWeight.BOLD;
        return font.getSize() >= 24 || bold && font.getSize() >= 18.66;
    }

    private static Node owner(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof Control || up.getId() != null) {
                return up;
            }
        }
        return node;
    }

    static String describe(Node node) {
        String kind = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName();
        StringBuilder text = new StringBuilder(kind);
        if (node.getId() != null) {
            text.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            text.append(" '").append(abbreviate(labeled.getText())).append('\'');
        } else if (node instanceof TextInputControl input && input.getPromptText() != null
                && !input.getPromptText().isBlank()) {
            text.append(" (prompt '").append(abbreviate(input.getPromptText())).append("')");
        }
        if (node.getId() == null) {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up.getId() != null) {
                    text.append(" in #").append(up.getId());
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    /**
     * Every node on screen: visible all the way up, with room inside the window, and inside what a scroll pane
     * shows. Only the shown tab's content is visited (a tab pane hides the others).
     */
    static void visit(Node node, Consumer<Node> action) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() <= 0 && bounds.getHeight() <= 0) {
            return;
        }
        if (node instanceof Parent && node.getParent() != null && outOfSight(node, bounds)) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }

    /** Wholly outside the window (a tab pane's hidden content is made invisible; this is for what scrolled off). */
    private static boolean outOfSight(Node node, Bounds bounds) {
        Scene scene = node.getScene();
        return bounds.getMaxX() < 0 || bounds.getMaxY() < 0 || bounds.getMinX() > scene.getWidth()
                || bounds.getMinY() > scene.getHeight();
    }

    /** The tab panes of a window, to walk every tab of each. */
    static List<TabPane> tabPanes(Scene scene) {
        List<TabPane> found = new ArrayList<>();
        visit(scene.getRoot(), node -> {
            if (node instanceof TabPane tabs && !found.contains(tabs)) {
                found.add(tabs);
            }
        });
        return found;
    }
}
