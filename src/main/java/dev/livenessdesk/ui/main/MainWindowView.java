package dev.livenessdesk.ui.main;

import dev.livenessdesk.ui.common.ShownWhen;
import dev.livenessdesk.ui.common.ViewLoader;
import dev.livenessdesk.ui.common.WholeWords;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.TabPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: a narrow strip at the left edge, the tabs across the rest (a friendly empty state
 * until they are placed), and a status bar that always says which connection is in use. The session form sits in
 * the Result tab, beside the result, so it shows there only and the other tabs (tables, plots) get the window's
 * whole width; it folds away once a session exists, and the strip brings it back.
 */
public final class MainWindowView {

    private static final KeyCombination NEW_SESSION = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    @FXML private VBox topSlot;
    @FXML private ScrollPane formScroll;
    /** The form's scrolling fields, and its Create row under them once placed. */
    private final VBox formColumn = new VBox();
    @FXML private VBox formStrip;
    @FXML private StackPane viewerSlot;
    @FXML private VBox emptyState;
    @FXML private StatusBar statusBar;

    private final ResourceBundle text = ViewLoader.bundle(MainWindowView.class, "MainWindow");
    private final Label connectionLabel = new Label();
    private final BooleanProperty formOpen = new SimpleBooleanProperty(this, "formOpen", true);
    private final BooleanProperty formInSight = new SimpleBooleanProperty(this, "formInSight", true);
    private Parent root;
    private TabPane workspace;
    private Runnable onNewSession = () -> { };

    /** Builds the window's content; call on the FX thread, once, before anything else here. */
    public Parent load() {
        root = ViewLoader.load(this, "MainWindow");
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(NEW_SESSION, this::openSessionForm);
            }
        });
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

    /**
     * Places the session form with its action row (Create) kept in sight under it: a small window scrolls the
     * fields, never the button that makes the session. The row keeps the form's look (its style sheet and class).
     */
    public void setSessionForm(Parent form, javafx.scene.layout.Pane actions) {
        setSessionForm(form);
        if (actions.getParent() instanceof javafx.scene.layout.Pane parent) {
            parent.getChildren().remove(actions);
        }
        VBox footer = new VBox(actions);
        footer.getStylesheets().setAll(form.getStylesheets());
        footer.getStyleClass().addAll("session-form", "form-footer");
        // As wide as the fields above it, whatever its status line says: that line wraps instead.
        footer.setMinWidth(0);
        footer.setPrefWidth(0);
        formColumn.getChildren().setAll(formScroll, footer);
    }

    /**
     * Folds the session form to the strip at the window's left edge (a created session is followed on the Result
     * tab, which then gets the window's width); the strip's New session brings the form back.
     */
    public void foldSessionForm() {
        formOpen.set(false);
    }

    /** Brings the session form back beside the Result tab, shows that tab and runs the new-session hook. */
    public void openSessionForm() {
        formOpen.set(true);
        showResultsTab();
        onNewSession.run();
    }

    /** What else New session does once the form is in sight (the form puts the focus in its first field). */
    public void setOnNewSession(Runnable action) {
        onNewSession = action == null ? () -> { } : action;
    }

    /** Whether the user wants the form out (it shows beside the Result tab only): false once folded. */
    public ReadOnlyBooleanProperty sessionFormOpenProperty() {
        return formOpen;
    }

    /** Whether the form is on screen now: open, and the Result tab shown. */
    public ReadOnlyBooleanProperty sessionFormInSightProperty() {
        return formInSight;
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
        // Into the slot the FXML puts first among the window's children, so Tab goes from the top down: the bar,
        // the form and the tabs, the status bar (BorderPane.setTop would add it last).
        topSlot.getChildren().setAll(bar);
    }

    /** The right side as tabs: the result of the session being followed, its images, and the history. */
    public void showWorkspace(Node results, Node images, Node history) {
        // The form beside the result, inside the Result tab: the tab strip above both spans the whole window.
        ScrollPane resultScroll = scrolling(results);
        resultScroll.setId("resultScroll");
        HBox.setHgrow(resultScroll, Priority.ALWAYS);
        HBox resultWithForm = new HBox(formColumn, resultScroll);
        resultWithForm.getStyleClass().add("result-with-form");
        workspace = new TabPane(
                tab("resultsTab", "tab.results", Feather.ACTIVITY, resultWithForm, false),
                tab("imagesTab", "tab.images", Feather.IMAGE, images, true),
                tab("historyTab", "tab.history", Feather.CLOCK, history, true));
        workspace.setId("workspaceTabs");
        workspace.setAccessibleText(text.getString("tabs.accessible"));
        workspace.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Only the Result tab sits beside the form; every other tab, those added later too, gets the whole width.
        formInSight.bind(formOpen.and(Bindings.createBooleanBinding(
                () -> workspace.getSelectionModel().getSelectedIndex() <= 0,
                workspace.getSelectionModel().selectedIndexProperty())));
        showViewer(workspace);
    }

    /** One more tab after the three, such as the Campaign tab, with its icon (the strip has the window's width). */
    public void addTab(String id, String title, Feather icon, Node content) {
        Tab tab = new Tab(title, scrolling(content));
        tab.setId(id);
        tab.setGraphic(new FontIcon(java.util.Objects.requireNonNull(icon, "icon")));
        workspace.getTabs().add(tab);
    }

    /**
     * A tab's content fills the tab, and scrolls when it needs more room than the window has (larger text, a
     * small window) instead of squeezing the connection bar and the status bar out of the window.
     */
    private static ScrollPane scrolling(Node content) {
        // Tabs built in code as well as from FXML: their buttons and one-line labels stay whole, the tab scrolls.
        WholeWords.keep(content);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("edge-to-edge", "tab-scroll");
        return scroll;
    }

    /** Whether the tab with this id is the one shown (a tab's content is styled and laid out even when hidden). */
    public ReadOnlyBooleanProperty tabShown(String id) {
        return workspace.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tab " + id)).selectedProperty();
    }

    /** Brings the tab with this id to the front (a link from one tab to another). */
    public void showTab(String id) {
        workspace.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                .ifPresent(tab -> workspace.getSelectionModel().select(tab));
    }

    public void showResultsTab() {
        select(0);
    }

    private void select(int index) {
        if (workspace != null) {
            workspace.getSelectionModel().select(index);
        }
    }

    private Tab tab(String id, String titleKey, Feather icon, Node content, boolean scrolls) {
        Tab tab = new Tab(text.getString(titleKey), scrolls ? scrolling(content) : content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    /** Shows "Connection: profile · region" and, for the offline sandbox, a badge that cannot be missed. */
    public void showConnection(ObservableValue<String> summary, boolean sandbox) {
        connectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> MessageFormat.format(text.getString("status.connection"), summary.getValue()), summary));
        statusBar.getRightItems().removeIf(item -> item.getStyleClass().contains("sandbox-badge"));
        if (sandbox) {
            Label badge = new Label(text.getString("status.sandbox"));
            badge.getStyleClass().add("sandbox-badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            statusBar.getRightItems().add(0, badge);
        }
    }

    /** A control at the status bar's right end, such as the Display menu, always in reach. */
    public void addStatusAction(Node action) {
        statusBar.getRightItems().add(action);
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    @FXML
    private void initialize() {
        connectionLabel.setGraphic(new FontIcon(Feather.CLOUD));
        connectionLabel.setId("connectionLabel");
        statusBar.setText("");
        // It only tells (the connection, the sandbox badge): not a Tab stop with nothing to act on.
        statusBar.setFocusTraversable(false);
        statusBar.getLeftItems().setAll(connectionLabel);
        emptyState.setId("viewerEmptyState");
        formScroll.visibleProperty().bind(formInSight);
        formScroll.managedProperty().bind(formInSight);
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        formColumn.getStyleClass().add("form-column");
        formColumn.getChildren().setAll(formScroll);
        formColumn.visibleProperty().bind(formInSight);
        formColumn.managedProperty().bind(formInSight);
        formStrip.setId("formStrip");
        Button fold = stripButton("foldFormButton", "form.fold", Feather.CHEVRONS_LEFT);
        fold.setOnAction(event -> foldSessionForm());
        Button open = stripButton("newSessionButton", "form.open", Feather.PLUS_CIRCLE);
        open.setOnAction(event -> openSessionForm());
        ShownWhen.bound(fold, formInSight);
        ShownWhen.bound(open, formInSight.not());
        formStrip.getChildren().setAll(fold, open);
    }

    /** A tall, narrow button whose words run upwards, as on the side bars of an IDE. */
    private Button stripButton(String id, String key, Feather icon) {
        Label words = new Label(text.getString(key));
        words.getStyleClass().add("strip-text");
        words.setMinWidth(Region.USE_PREF_SIZE);
        VBox face = new VBox(6, new FontIcon(icon), new Group(words));
        face.setAlignment(Pos.TOP_CENTER);
        Button button = new Button(null, face);
        button.setId(id);
        button.setAccessibleText(text.getString(key));
        button.setTooltip(new Tooltip(text.getString(key + ".tooltip")));
        button.setMaxHeight(Region.USE_PREF_SIZE);
        return button;
    }
}
