package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.testsupport.FxWait;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab of the window (iterated, so tabs added later are covered) gives its content room at the default window
 * size (1180x760) and at 1024x700, with the session form folded and with it brought back: after a sandbox session
 * ran to a passing result, no label, button, chip, tab or hint is cut, no text wraps into a column of single words,
 * every table shows at least 8 rows and all its columns without scrolling, and the pass mark spinner shows its
 * whole value. No style is refused on the way (JavaFX's CSS warnings). Each tab's picture is written to
 * target/screenshots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class DesktopLayoutTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    // JavaFX reports a style it cannot apply (a looked-up colour that is not a colour) on this logger, then draws on.
    private static final java.util.logging.Logger CSS_LOG = java.util.logging.Logger.getLogger("javafx.css");

    private final List<String> cssWarnings = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.logging.Handler cssWatch = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord entry) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                cssWarnings.add(new java.util.logging.SimpleFormatter().formatMessage(entry));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;
    private SandboxDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        CSS_LOG.addHandler(cssWatch);
        this.stage = stage;
        desk = new SandboxDesk("desktop-layout").campaigns(CampaignExample.store(60, 7));
        desk.show(stage);
    }

    @Stop
    void stop() {
        CSS_LOG.removeHandler(cssWatch);
        desk.close();
    }

    @Test
    void everyTabGivesItsContentRoomAndReadsWholeAtTheDefaultSizeAndAtTheSmallerOne(FxRobot robot) throws Exception {
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#prefixField").write("desk/");
        robot.interact(() -> robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#createButton");
        FxWait.until(60, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.clickOn("#simulateLiveButton");
        FxWait.until(60, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        FxWait.until(60, () -> robot.lookup(".thumbnail").queryAll().size() == 3);

        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(robot, size);
            // Once a session exists the form is folded: every tab has the window's width.
            assertThat(robot.lookup("#formScroll").query().isVisible()).as("the form, folded after Create").isFalse();
            cut.addAll(everyTab(robot, size[0] + "x" + size[1], ""));
            // New session brings the form back beside the Result tab; every other tab keeps the whole width.
            robot.clickOn("#newSessionButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#formScroll").query().isVisible()).as("the form after New session").isTrue();
            cut.addAll(everyTab(robot, size[0] + "x" + size[1] + " with the form", "-form"));
            robot.interact(() -> selectTab(robot, 0));
            robot.clickOn("#foldFormButton");
        }

        // A session without audit images says why above its one picture: that line wraps, it is not cut.
        robot.interact(() -> selectTab(robot, 0));
        robot.clickOn("#newSessionButton");
        robot.interact(() -> robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory().setValue(0));
        robot.clickOn("#createButton");
        FxWait.until(60, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.clickOn("#simulateLiveButton");
        FxWait.until(60, () -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.interact(() -> selectTab(robot, 1));
        FxWait.until(60, () -> robot.lookup(".note").queryAll().stream().anyMatch(node -> node.isVisible()
                && ((Labeled) node).getText().startsWith("No audit images")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> cut.addAll(cutOff(stage.getScene().getRoot(), "imagesTab, no audit images, at 1024x700")));

        // A session waiting to start: the Result tab's strip with Run the check here and the hand-off link.
        robot.interact(() -> selectTab(robot, 0));
        robot.clickOn("#newSessionButton");
        robot.clickOn("#createButton");
        FxWait.until(60, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.interact(() -> robot.lookup("#handOffTemplate").queryAs(javafx.scene.control.TextField.class)
                .setText("https://liveness.example.com/check?sessionId={sessionId}&region={region}"));
        for (int[] size : SIZES) {
            resize(robot, size);
            robot.interact(() -> selectTab(robot, 0));
            cut.addAll(innerTabs(robot, robot.lookup("#workspaceTabs").queryAs(TabPane.class).getTabs().get(0)
                    .getContent(), "resultsTab, a session waiting to start, at " + size[0] + "x" + size[1],
                    "results-created-" + size[0] + "x" + size[1]));
        }

        assertThat(cut).as("text cut off, tables too small, words in a column").isEmpty();
        assertThat(cssWarnings).as("styles JavaFX could not apply, in any tab").isEmpty();
    }

    @Test
    void theFormFoldsOnceASessionExistsAndNewSessionBringsItBack(FxRobot robot) throws Exception {
        resize(robot, SIZES[0]);
        Node form = robot.lookup("#formScroll").query();
        assertThat(form.isVisible()).as("the form, before any session").isTrue();
        double resultBefore = robot.lookup("#resultScroll").query().getLayoutBounds().getWidth();
        double tabStrip = robot.lookup("#workspaceTabs").query().getLayoutBounds().getWidth();
        assertThat(tabStrip).as("the tab strip, beside the open form too").isGreaterThan(SIZES[0][0] - 60);

        robot.clickOn("#createButton");
        FxWait.until(60, () -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));

        assertThat(form.isVisible()).as("the form once the session is followed").isFalse();
        double resultAfter = robot.lookup("#resultScroll").query().getLayoutBounds().getWidth();
        assertThat(resultAfter).as("the result's width, the form folded").isGreaterThan(resultBefore + 300)
                .isGreaterThan(SIZES[0][0] - 60);
        // Ctrl+N (or the strip's New session) brings the form back, on the Result tab, ready to type in.
        robot.interact(() -> selectTab(robot, 2));
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.isVisible()).isTrue();
        assertThat(robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex())
                .isZero();
        FxWait.until(60, () -> robot.lookup("#bucketField").query().isFocused());
        // Beside any other tab the form gives way, and comes back with the Result tab.
        robot.interact(() -> selectTab(robot, 3));
        assertThat(form.isVisible()).as("the form beside the Campaign tab").isFalse();
        robot.interact(() -> selectTab(robot, 0));
        assertThat(form.isVisible()).as("the form back beside the Result tab").isTrue();
    }

    private static final int[][] SIZES = {{1180, 760}, {1024, 700}};
    /** Rows a table shows at the default size; at 1024x700 (smaller in both ways) at least the second number. */
    private static final int ROWS_A_TABLE_SHOWS = 8;
    private static final int ROWS_AT_THE_SMALLER_SIZE = 5;

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every tab of the window (those added later too) and every tab inside it: what is cut, tables that show too
     * few rows or need sideways scrolling, text wrapped into a column of single words. A picture of each.
     */
    private List<String> everyTab(FxRobot robot, String size, String shotSuffix) throws Exception {
        List<String> found = new ArrayList<>();
        TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> selectTab(robot, index));
            String tab = tabs.getTabs().get(i).getId();
            if ("historyTab".equals(tab)) {
                FxWait.until(60, () -> !robot.lookup("#historyTable").queryAs(TableView.class).getItems().isEmpty());
            }
            robot.interact(() -> found.addAll(tabStripProblems(tabs, size)));
            found.addAll(innerTabs(robot, tabs.getTabs().get(i).getContent(), tab + " at " + size,
                    tab.replace("Tab", "") + "-" + size.replace(" with the form", "") + shotSuffix));
        }
        return found;
    }

    /**
     * Every tab's header lies whole on the window's tab strip, with its icon: none is clipped at the strip's end or
     * moved to JavaFX's overflow menu (which shows once the headers do not fit).
     */
    static List<String> tabStripProblems(TabPane tabs, String where) {
        List<String> found = new ArrayList<>();
        // The strip of this tab pane itself (a lookup would find a tab pane's inside a tab first).
        Node area = tabs.getChildrenUnmodifiable().stream()
                .filter(child -> child.getStyleClass().contains("tab-header-area")).findFirst().orElseThrow();
        javafx.geometry.Bounds strip = area.localToScene(area.getLayoutBounds());
        // The overflow menu's button shows once the headers do not fit (its region may stay, empty).
        Node overflow = area.lookupAll(".tab-down-button").stream().filter(DesktopLayoutTest::shownUpTo)
                .findFirst().orElse(null);
        if (overflow != null) {
            found.add(where + ": the tab strip shows its overflow menu");
        }
        for (Tab tab : tabs.getTabs()) {
            if (tab.getGraphic() == null) {
                found.add(where + ": the " + tab.getText() + " tab has no icon");
            }
            // A header is found by its title: the skin gives its nodes no id.
            Node header = area.lookupAll(".tab").stream().filter(node -> node.lookupAll(".tab-label").stream()
                    .anyMatch(label -> label instanceof Labeled titled && tab.getText().equals(titled.getText())))
                    .findFirst().orElse(null);
            if (header == null || !header.isVisible()) {
                found.add(where + ": the " + tab.getText() + " tab's header is not on the strip");
                continue;
            }
            javafx.geometry.Bounds bounds = header.localToScene(header.getLayoutBounds());
            if (bounds.getMaxX() > strip.getMaxX() + 0.5 || bounds.getMinX() < strip.getMinX() - 0.5
                    || overflow != null
                    && bounds.getMaxX() > overflow.localToScene(overflow.getLayoutBounds()).getMinX()) {
                found.add(where + ": the " + tab.getText() + " tab's header runs off the strip");
            }
        }
        return found;
    }

    private static boolean shownUpTo(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The tab's content, and in turn each tab of a tab pane inside it (the Campaign tab's plots). */
    private List<String> innerTabs(FxRobot robot, Node content, String where, String shot) throws Exception {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>();
        robot.interact(() -> found.addAll(cutOff(stage.getScene().getRoot(), where)));
        snapshot(robot, shot + ".png");
        // Every fold-out of the tab opened too (the Campaign tab's set-up, the Result tab's hand-off).
        List<javafx.scene.control.TitledPane> folded = new ArrayList<>();
        robot.interact(() -> content.lookupAll(".titled-pane").stream()
                .map(javafx.scene.control.TitledPane.class::cast)
                .filter(pane -> !pane.isExpanded() && !pane.expandedProperty().isBound()).forEach(pane -> {
                    folded.add(pane);
                    pane.setExpanded(true);
                }));
        if (!folded.isEmpty()) {
            WaitForAsyncUtils.waitForFxEvents();
            // An open fold-out takes the room of the table below it for a while: rows are counted folded only.
            robot.interact(() -> found.addAll(cutOff(stage.getScene().getRoot(), where + ", opened").stream()
                    .filter(problem -> !problem.contains(" rows in sight")).toList()));
            snapshot(robot, shot + "-opened.png");
            robot.interact(() -> folded.forEach(pane -> pane.setExpanded(false)));
        }
        TabPane inner = content == null ? null : firstTabPane(content);
        if (inner != null) {
            for (int i = 1; i < inner.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> inner.getSelectionModel().select(index));
                String id = inner.getTabs().get(i).getId();
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> found.addAll(cutOff(stage.getScene().getRoot(), where + ", " + id)));
                snapshot(robot, shot + "-" + id + ".png");
            }
            robot.interact(() -> inner.getSelectionModel().select(0));
        }
        return found;
    }

    private static TabPane firstTabPane(Node node) {
        if (node instanceof TabPane pane) {
            return pane;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                TabPane found = firstTabPane(child);
                if (found != null) {
                    return found;
                }
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            return firstTabPane(scroll.getContent());
        }
        return null;
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(index);
    }

    /** Text cut off (as {@link #textCut}), and tables that show too few rows or scroll sideways, in sight. */
    static List<String> cutOff(Parent root, String where) {
        return cut(root, where, true);
    }

    /**
     * Labeled controls whose shown text was shortened or runs out of the window or its pane, hints and shown values
     * cut in their fields, spinners too narrow for their value, and text wrapped into a column of single words, in
     * sight. A table that scrolls sideways is not cut: its cells are (unless a cell's tooltip has the whole text).
     */
    static List<String> textCut(Parent root, String where) {
        return cut(root, where, false);
    }

    private static List<String> cut(Parent root, String where, boolean tableRoom) {
        List<String> found = new ArrayList<>();
        visit(root, node -> {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                shownText(labeled).filter(shown -> shown.endsWith(labeled.getEllipsisString())
                                && !labeled.getText().endsWith(labeled.getEllipsisString()))
                        .ifPresent(shown -> found.add(where + ": '" + labeled.getText() + "' shows as '" + shown
                                + "'"));
            }
            // A pane wider than its tab draws its right edge off the window: nothing says "...", it is just gone.
            // Tables and sideways-scrolling panes clip and scroll what they hold, so only what sits outside counts.
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && !insideScrollingParent(node)) {
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                double windowWidth = node.getScene().getWidth();
                if (bounds.getMaxX() > windowWidth + 1) {
                    found.add(where + ": '" + labeled.getText() + "' runs off the window's right edge ("
                            + Math.round(bounds.getMaxX()) + " > " + Math.round(windowWidth) + ")");
                }
            }
            // A pane that never scrolls sideways (the session form) shifts or clips what does not fit its width.
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                Bounds bounds = node.localToScene(node.getLayoutBounds());
                for (Node up = node.getParent(); up != null; up = up.getParent()) {
                    if (up instanceof javafx.scene.control.ScrollPane scroll
                            && scroll.getHbarPolicy() == javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER) {
                        Node port = scroll.lookup(".viewport");
                        Bounds view = port == null ? null : port.localToScene(port.getLayoutBounds());
                        if (view != null && (bounds.getMinX() < view.getMinX() - 1
                                || bounds.getMaxX() > view.getMaxX() + 1)) {
                            found.add(where + ": '" + labeled.getText() + "' runs out of the side of its pane");
                        }
                        break;
                    }
                }
            }
            if (node instanceof Labeled labeled && labeled.isWrapText()) {
                singleWordColumn(labeled).ifPresent(lines -> found.add(where + ": '" + labeled.getText()
                        + "' wraps into a column of single words (" + lines + " lines)"));
            }
            if (tableRoom && node instanceof TableView<?> table) {
                found.addAll(tableRoom(table, where));
            }
            if (node instanceof javafx.scene.control.TextInputControl input && input.getText() != null
                    && input.getText().isEmpty() && input.getPromptText() != null && !input.getPromptText().isEmpty()
                    && !(input.getParent() instanceof Spinner<?>) && !insideTable(input)) {
                Text measure = new Text(input.getPromptText());
                measure.setFont(input.getFont());
                double room = input.getWidth() - input.getInsets().getLeft() - input.getInsets().getRight();
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add(where + ": the hint '" + input.getPromptText() + "' of " + input.getId()
                            + " is cut (" + Math.round(measure.getLayoutBounds().getWidth()) + " > "
                            + Math.round(room) + ")");
                }
            }
            // A value shown to copy (a session id, the hand-off link) reads whole in its field.
            if (node instanceof javafx.scene.control.TextField shownValue && !shownValue.isEditable()
                    && shownValue.getText() != null && !shownValue.getText().isEmpty() && !insideTable(shownValue)) {
                Text measure = new Text(shownValue.getText());
                measure.setFont(shownValue.getFont());
                double room = shownValue.getWidth() - shownValue.getInsets().getLeft()
                        - shownValue.getInsets().getRight();
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add(where + ": '" + shownValue.getText() + "' in " + shownValue.getId() + " is cut ("
                            + Math.round(measure.getLayoutBounds().getWidth()) + " > " + Math.round(room) + ")");
                }
            }
            if (node instanceof Spinner<?> spinner && spinner.getEditor() != null) {
                Text measure = new Text(spinner.getEditor().getText());
                measure.setFont(spinner.getEditor().getFont());
                double room = spinner.getEditor().getWidth() - spinner.getEditor().getInsets().getLeft()
                        - spinner.getEditor().getInsets().getRight();
                if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add(where + ": spinner " + spinner.getId() + " is too narrow for '"
                            + spinner.getEditor().getText() + "'");
                }
            }
        });
        return found;
    }

    /**
     * A table in sight shows at least {@value #ROWS_A_TABLE_SHOWS} rows inside the default window without scrolling
     * the tab ({@value #ROWS_AT_THE_SMALLER_SIZE} at 1024x700), and every column without scrolling sideways.
     */
    private static List<String> tableRoom(TableView<?> table, String where) {
        List<String> found = new ArrayList<>();
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null) {
            return found;
        }
        String name = table.getId() == null ? "a table" : table.getId();
        Bounds seen = flow.localToScene(flow.getLayoutBounds());
        double top = Math.max(seen.getMinY(), 0);
        double bottom = Math.min(seen.getMaxY(), table.getScene().getHeight());
        for (Node up = table.getParent(); up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                Node port = scroll.lookup(".viewport");
                Bounds view = (port == null ? scroll : port).localToScene((port == null ? scroll : port)
                        .getLayoutBounds());
                top = Math.max(top, view.getMinY());
                bottom = Math.min(bottom, view.getMaxY());
            }
        }
        javafx.scene.control.ScrollBar sideways = table.lookupAll(".scroll-bar").stream()
                .filter(javafx.scene.control.ScrollBar.class::isInstance)
                .map(javafx.scene.control.ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .findFirst().orElse(null);
        if (sideways != null && sideways.isVisible()) {
            bottom -= sideways.getHeight();
            found.add(where + ": " + name + " needs sideways scrolling for its columns");
        }
        double rowHeight = table.lookupAll(".table-row-cell").stream().mapToDouble(row -> row.getLayoutBounds()
                .getHeight()).filter(height -> height > 0).min().orElse(table.getFixedCellSize());
        if (rowHeight <= 0) {
            Node header = table.lookup(".column-header");
            rowHeight = header == null ? 24 : header.getLayoutBounds().getHeight();
        }
        double rows = (bottom - top) / rowHeight;
        int least = table.getScene().getWidth() >= SIZES[0][0] ? ROWS_A_TABLE_SHOWS : ROWS_AT_THE_SMALLER_SIZE;
        if (rows < least) {
            found.add(where + ": " + name + " shows " + String.format(java.util.Locale.ROOT, "%.1f", rows)
                    + " rows in sight, fewer than " + least);
        }
        return found;
    }

    /** The number of lines when a text of several words wraps into as many lines as it has words. */
    private static java.util.Optional<Integer> singleWordColumn(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || labeled.getSkin() == null) {
            return java.util.Optional.empty();
        }
        int words = text.strip().split("\\s+").length;
        java.util.List<Text> shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                .map(Text.class::cast).toList();
        if (words < 2 || shown.isEmpty()) {
            return java.util.Optional.empty();
        }
        Text one = new Text("Xg");
        one.setFont(labeled.getFont());
        int lines = (int) Math.round(shown.get(0).getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
        return lines >= 2 && lines >= words ? java.util.Optional.of(lines) : java.util.Optional.empty();
    }

    private static boolean insideTable(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TableView<?> || up instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideScrollingParent(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            // A scroll pane that never scrolls sideways (the Result and Campaign tabs) cuts what is too wide.
            if (up instanceof javafx.scene.control.ScrollPane scroll
                    && scroll.getHbarPolicy() != javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER
                    || up instanceof TableView<?>
                    || up instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<String> shownText(Labeled labeled) {
        if (labeled.getSkin() == null) {
            return java.util.Optional.empty();
        }
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .map(Text::getText).findFirst();
    }

    /** Every node that is on screen: visible all the way up and with room inside the window. */
    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (bounds.getWidth() <= 0 && bounds.getHeight() <= 0) {
            return;
        }
        action.accept(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, action));
        }
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        int width = (int) image[0].getWidth();
        int height = (int) image[0].getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(picture, "png", SHOTS.resolve(name).toFile());
    }
}
