package dev.livenessdesk.ui.setup;

import dev.livenessdesk.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import dev.livenessdesk.ui.common.HoverTooltip;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The checklist's controls, bound to its view model; handlers only delegate. */
public final class SetupChecklistView {

    private final SetupChecklistViewModel viewModel;
    private final Runnable onClose;

    @FXML private Label headingLabel;
    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator progress;
    @FXML private ScrollPane rowScroll;
    @FXML private VBox rowBox;
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
        rowBox.setId("setupRows");
        againButton.setId("setupCheckAgain");
        copyButton.setId("setupCopyReport");
        stopButton.setId("setupStop");
        headingLabel.textProperty().bind(viewModel.headingProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(viewModel.runningProperty());
        // At most a dozen rows: plain boxes in a scroll pane wrap their text at any width, unlike list cells.
        showRows();
        viewModel.rows().addListener((ListChangeListener<SetupRow>) change -> showRows());
        againButton.disableProperty().bind(viewModel.runningProperty());
        stopButton.disableProperty().bind(viewModel.runningProperty().not());
        copyButton.disableProperty().bind(Bindings.isNull(viewModel.lastRunProperty()));
    }

    private void showRows() {
        rowBox.getChildren().setAll(viewModel.rows().stream()
                .map(row -> new SetupRowView(row, viewModel.offersRetentionRule(row)
                        ? Optional.of(retentionFixButton()) : Optional.empty())).toList());
    }

    /** The lifecycle row's fix: a window proposing the desk's retention rule; nothing changes until confirmed. */
    private Node retentionFixButton() {
        Button propose = new Button(SetupChecklistViewModel.WORDS.get("row.retentionFix"));
        propose.setId("setupRetentionFix");
        propose.setMinWidth(Region.USE_PREF_SIZE);
        propose.setMnemonicParsing(false);
        HoverTooltip.on(propose).setText(SetupChecklistViewModel.WORDS.get("row.retentionFix.help"));
        propose.setOnAction(event -> viewModel.retentionFix().ifPresent(fix ->
                new RetentionFixDialog(fix, viewModel.clipboard()).open(rowBox.getScene().getWindow())));
        return propose;
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
