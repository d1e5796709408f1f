package dev.livenessdesk.ui.setup;

import dev.livenessdesk.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** The checklist's controls, bound to its view model; handlers only delegate. */
public final class SetupChecklistView {

    private final SetupChecklistViewModel viewModel;
    private final Runnable onClose;

    @FXML private Label headingLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator progress;
    @FXML private ListView<SetupRow> rowList;
    @FXML private Button againButton;
    @FXML private Button copyButton;
    @FXML private Button stopButton;
    @FXML private Button closeButton;

    public SetupChecklistView(SetupChecklistViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
    }

    public Parent load() {
        return ViewLoader.load(this, "SetupChecklist", SetupChecklistViewModel.WORDS.bundle());
    }

    @FXML
    private void initialize() {
        headingLabel.setId("setupHeading");
        summaryLabel.setId("setupSummary");
        rowList.setId("setupRows");
        againButton.setId("setupCheckAgain");
        copyButton.setId("setupCopyReport");
        stopButton.setId("setupStop");
        headingLabel.textProperty().bind(viewModel.headingProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        rowList.setItems(viewModel.rows());
        rowList.setCellFactory(list -> new SetupRowCell(list));
        againButton.disableProperty().bind(viewModel.runningProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
        copyButton.disableProperty().bind(Bindings.isNull(viewModel.lastRunProperty()));
    }

    @FXML
    private void checkAgain() {
        viewModel.checkAgain();
    }

    @FXML
    private void copyReport() {
        viewModel.copyReport();
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void close() {
        onClose.run();
    }
}
