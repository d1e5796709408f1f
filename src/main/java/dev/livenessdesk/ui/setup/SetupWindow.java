package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Check setup" window: one per main window, built on first use, brought to the front when asked again. */
public final class SetupWindow {

    private final Window owner;
    private final SetupChecklistViewModel viewModel;
    private Stage stage;
    private Supplier<List<Node>> keepClear = List::of;

    public SetupWindow(Window owner, SetupChecklistViewModel viewModel) {
        this.owner = owner;
        this.viewModel = viewModel;
    }

    /** Opens the window and checks this target from the start. */
    public void check(SetupTarget target) {
        viewModel.check(target);
        show();
    }

    /** Opens the window on a run that already happened, its failing rows only. */
    public void showFailures(SetupRun run) {
        viewModel.showFailures(run);
        show();
        besideTheSession();
    }

    /**
     * What the quiet check's window must leave in sight, on the screen (the session's 3-minute countdown); read when
     * the window opens. Nodes not shown at the time are skipped.
     */
    public void keepClearOf(Supplier<List<Node>> nodes) {
        this.keepClear = Objects.requireNonNull(nodes, "nodes");
    }

    /**
     * The quiet check's window comes while a session's 3-minute countdown runs in the main window: it sits at the
     * right edge, and below the countdown when it would cover it there.
     */
    private void besideTheSession() {
        if (owner == null || Double.isNaN(owner.getX())) {
            return;
        }
        double width = stage.getWidth() > 0 ? stage.getWidth() : stage.getMinWidth();
        double height = stage.getHeight() > 0 ? stage.getHeight() : stage.getMinHeight();
        double x = Math.max(owner.getX(), owner.getX() + owner.getWidth() - width - 16);
        double y = owner.getY() + 96;
        for (Node node : keepClear.get()) {
            Bounds clear = shownOnScreen(node);
            if (clear != null && clear.intersects(x, y, width, height)) {
                y = clear.getMaxY() + 12;
            }
        }
        stage.setX(x);
        stage.setY(y);
    }

    private static Bounds shownOnScreen(Node node) {
        if (node == null || node.getScene() == null) {
            return null;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return null;
            }
        }
        return node.localToScreen(node.getLayoutBounds());
    }

    private void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(SetupChecklistViewModel.WORDS.get("window.title"));
            stage.setScene(new Scene(new SetupChecklistView(viewModel, stage::close).load()));
            stage.setMinWidth(560);
            stage.setMinHeight(360);
            stage.setOnHidden(event -> viewModel.stop());
        }
        stage.show();
        stage.toFront();
    }
}
