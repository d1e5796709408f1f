package dev.livenessdesk.ui.main;

import dev.livenessdesk.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: the session form on the left, the viewer slot on the right (a friendly empty state
 * until a viewer is placed there), and a status bar that always says which connection is in use.
 */
public final class MainWindowView {

    @FXML private ScrollPane formScroll;
    @FXML private StackPane viewerSlot;
    @FXML private VBox emptyState;
    @FXML private StatusBar statusBar;

    private final ResourceBundle text = ViewLoader.bundle(MainWindowView.class, "MainWindow");
    private final Label connectionLabel = new Label();
    private final Parent root;

    public MainWindowView() {
        this.root = ViewLoader.load(this, "MainWindow");
    }

    public Parent root() {
        return root;
    }

    public String title() {
        return text.getString("window.title");
    }

    /** Places the session form (scrollable, since the advanced section and the result card make it tall). */
    public void setSessionForm(Node form) {
        formScroll.setContent(form);
    }

    /** The region on the right, id {@code viewerSlot}; {@link #showViewer} replaces its empty state. */
    public StackPane viewerSlot() {
        return viewerSlot;
    }

    public void showViewer(Node viewer) {
        viewerSlot.getChildren().setAll(viewer);
    }

    /** Shows "Connection: profile · region" and, for the offline sandbox, a badge that cannot be missed. */
    public void showConnection(ObservableValue<String> summary, boolean sandbox) {
        connectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(text.getString("status.connection"), summary.getValue()), summary));
        if (sandbox) {
            Label badge = new Label(text.getString("status.sandbox"));
            badge.getStyleClass().add("sandbox-badge");
            statusBar.getRightItems().setAll(badge);
        } else {
            statusBar.getRightItems().clear();
        }
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    @FXML
    private void initialize() {
        connectionLabel.setGraphic(new FontIcon(Feather.CLOUD));
        connectionLabel.setId("connectionLabel");
        statusBar.setText("");
        statusBar.getLeftItems().setAll(connectionLabel);
        emptyState.setId("viewerEmptyState");
    }
}
