package dev.livenessdesk.ui.sandbox;

import dev.livenessdesk.core.session.CheckOutcome;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A strip of sandbox-only buttons that play the person doing the check; small enough to build in code. */
public final class SimulationBar extends VBox {

    public SimulationBar(SimulationViewModel viewModel) {
        setId("simulationBar");
        getStyleClass().add("simulation-bar");
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis;"
                + " -fx-border-width: 0 0 1 0;");

        Label title = new Label(SimulationViewModel.TEXT.getString("title"), new FontIcon(Feather.PLAY_CIRCLE));
        title.setStyle("-fx-font-weight: bold;");
        Button started = button("simulateStartedButton", "button.started", Feather.USER);
        started.setOnAction(event -> viewModel.simulateStarted());
        Button live = button("simulateLiveButton", "button.live", Feather.CHECK_CIRCLE);
        live.setOnAction(event -> viewModel.simulateCompleted(CheckOutcome.LIVE));
        Button spoof = button("simulateSpoofButton", "button.spoof", Feather.ALERT_TRIANGLE);
        spoof.setOnAction(event -> viewModel.simulateCompleted(CheckOutcome.SPOOF));
        Button poor = button("simulatePoorConditionsButton", "button.poorConditions", Feather.CLOUD_DRIZZLE);
        poor.setOnAction(event -> viewModel.simulateCompleted(CheckOutcome.POOR_CONDITIONS));
        Button[] all = {started, live, spoof, poor};
        for (Button button : all) {
            button.disableProperty().bind(viewModel.actionsDisabled());
        }
        Label message = new Label();
        message.setId("simulationMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        // Wraps onto a second line rather than pushing the Result tab wider than the window.
        FlowPane buttons = new FlowPane(8, 6, title, started, live, spoof, poor);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button button : all) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(buttons, message);
        keepFocusWhenDisabled(List.of(all));
    }

    /**
     * A play that ends the session disables the buttons, and JavaFX then moves the focus to the next control (Look
     * up, the Pass mark): the strip keeps it instead, so the next key does nothing unexpected.
     */
    private void keepFocusWhenDisabled(List<Button> buttons) {
        ChangeListener<Node> focusWatch = (obs, old, now) -> {
            if (old != null && buttons.contains(old) && old.isDisabled() && (now == null || !isInside(now))) {
                Platform.runLater(this::requestFocus);
            }
        };
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusWatch);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(focusWatch);
            }
        });
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private static Button button(String id, String textKey, Feather icon) {
        Button button = new Button(SimulationViewModel.TEXT.getString(textKey), new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }
}
