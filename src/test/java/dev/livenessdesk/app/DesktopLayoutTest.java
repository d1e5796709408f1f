package dev.livenessdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
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
 * Every tab reads whole at the default window size (1180x760) and at 1024x700: after a sandbox session ran to a
 * passing result, no label, button, chip or tab is cut to "..." and the pass mark spinner shows its whole value.
 * No style is refused on the way (JavaFX's CSS warnings). Each tab's picture is written to target/screenshots for
 * a person to look at.
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
        desk = new SandboxDesk("desktop-layout");
        desk.show(stage);
    }

    @Stop
    void stop() {
        CSS_LOG.removeHandler(cssWatch);
        desk.close();
    }

    @Test
    void everyTabReadsWholeAtTheDefaultSizeAndAtTheSmallerOne(FxRobot robot) throws Exception {
        robot.clickOn("#bucketField").write("qa-liveness-audit");
        robot.clickOn("#prefixField").write("desk/");
        robot.interact(() -> robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#createButton");
        waitUntil(() -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.clickOn("#simulateLiveButton");
        waitUntil(() -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        waitUntil(() -> robot.lookup(".thumbnail").queryAll().size() == 3);

        List<String> cut = new ArrayList<>();
        for (int[] size : new int[][] {{1180, 760}, {1024, 700}}) {
            robot.interact(() -> {
                stage.setMaximized(false);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            for (String tab : List.of("resultsTab", "imagesTab", "historyTab", "campaignTab")) {
                robot.interact(() -> {
                    TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
                    tabs.getSelectionModel().select(tabs.getTabs().stream()
                            .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow());
                });
                if (tab.equals("historyTab")) {
                    waitUntil(() -> !robot.lookup("#historyTable").queryAs(TableView.class).getItems().isEmpty());
                }
                WaitForAsyncUtils.waitForFxEvents();
                String where = tab + " at " + size[0] + "x" + size[1];
                robot.interact(() -> cut.addAll(cutOff(stage.getScene().getRoot(), where)));
                snapshot(robot, tab.replace("Tab", "") + "-" + size[0] + "x" + size[1] + ".png");
            }
        }

        // A session without audit images says why above its one picture: that line wraps, it is not cut.
        robot.interact(() -> {
            robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            robot.lookup("#auditSpinner").queryAs(Spinner.class).getValueFactory().setValue(0);
        });
        robot.clickOn("#createButton");
        waitUntil(() -> "CREATED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.clickOn("#simulateLiveButton");
        waitUntil(() -> "SUCCEEDED".equals(((Labeled) robot.lookup("#statusBadge").query()).getText()));
        robot.interact(() -> robot.lookup("#workspaceTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> robot.lookup(".note").queryAll().stream().anyMatch(node -> node.isVisible()
                && ((Labeled) node).getText().startsWith("No audit images")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> cut.addAll(cutOff(stage.getScene().getRoot(), "imagesTab, no audit images, at 1024x700")));

        assertThat(cut).as("text cut off").isEmpty();
        assertThat(cssWarnings).as("styles JavaFX could not apply, in any tab").isEmpty();
    }

    /** Labeled controls whose shown text was shortened, and spinners too narrow for their value, in sight. */
    private static List<String> cutOff(Parent root, String where) {
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

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
