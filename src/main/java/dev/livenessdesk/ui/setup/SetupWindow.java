package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Check setup" window: one per main window, built on first use, brought to the front when asked again. */
public final class SetupWindow {

    private final Window owner;
    private final SetupChecklistViewModel viewModel;
    private Stage stage;

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
     * The quiet check's window comes while a session's 3-minute countdown runs at the main window's left: it sits
     * at the right edge instead of over the countdown.
     */
    private void besideTheSession() {
        if (owner == null || Double.isNaN(owner.getX())) {
            return;
        }
        double width = stage.getWidth() > 0 ? stage.getWidth() : stage.getMinWidth();
        stage.setX(Math.max(owner.getX(), owner.getX() + owner.getWidth() - width - 16));
        stage.setY(owner.getY() + 96);
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
