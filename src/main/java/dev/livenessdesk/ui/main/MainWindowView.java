package dev.livenessdesk.ui.main;

import dev.livenessdesk.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
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
    private Parent root;
    private TabPane workspace;

    /** Builds the window's content; call on the FX thread, once, before anything else here. */
    public Parent load() {
        root = ViewLoader.load(this, "MainWindow");
        return root;
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

    /** The connection bar across the top, so the account in use is always in sight. */
    public void setConnectionBar(Node bar) {
        ((BorderPane) root).setTop(bar);
    }

    /** The right side as tabs: the result of the session being followed, its images, and the history. */
    public void showWorkspace(Node results, Node images, Node history) {
        workspace = new TabPane(
                tab("resultsTab", "tab.results", Feather.ACTIVITY, results),
                tab("imagesTab", "tab.images", Feather.IMAGE, images),
                tab("historyTab", "tab.history", Feather.CLOCK, history));
        workspace.setId("workspaceTabs");
        workspace.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        showViewer(workspace);
    }

    /** One more tab after the three, such as the Campaign tab. */
    public void addTab(String id, String title, Feather icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        workspace.getTabs().add(tab);
    }

    /** Whether the tab with this id is the one shown (a tab's content is styled and laid out even when hidden). */
    public ReadOnlyBooleanProperty tabShown(String id) {
        return workspace.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tab " + id)).selectedProperty();
    }

    public void showResultsTab() {
        select(0);
    }

    private void select(int index) {
        if (workspace != null) {
            workspace.getSelectionModel().select(index);
        }
    }

    private Tab tab(String id, String titleKey, Feather icon, Node content) {
        Tab tab = new Tab(text.getString(titleKey), content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
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
