package dev.livenessdesk.app;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.Backend;
import dev.livenessdesk.core.SessionHistoryStore;
import dev.livenessdesk.history.JsonSessionHistory;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ControlsFxNotifier;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.HostServicesBrowser;
import dev.livenessdesk.ui.common.SystemClipboard;
import dev.livenessdesk.ui.common.TextClipboard;
import dev.livenessdesk.ui.connection.AlertEndpointConfirmation;
import dev.livenessdesk.ui.connection.ConnectionBarView;
import dev.livenessdesk.ui.connection.ConnectionBarViewModel;
import dev.livenessdesk.ui.history.FxHistoryDialogs;
import dev.livenessdesk.ui.history.HistoryPaneView;
import dev.livenessdesk.ui.history.HistoryViewModel;
import dev.livenessdesk.ui.main.MainWindowView;
import dev.livenessdesk.ui.results.ResultsPaneView;
import dev.livenessdesk.ui.results.ResultsViewModel;
import dev.livenessdesk.ui.sandbox.SimulationBar;
import dev.livenessdesk.ui.sandbox.SimulationViewModel;
import dev.livenessdesk.ui.session.SessionFormView;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import dev.livenessdesk.ui.viewer.ClipboardAccess;
import dev.livenessdesk.ui.viewer.ImageViewerView;
import dev.livenessdesk.ui.viewer.ImageViewerViewModel;
import dev.livenessdesk.ui.viewer.SaveFileChooser;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app's composition root: builds every service once, wires the views, and owns shutdown. */
public final class LivenessDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessDeskApp.class);
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private PreferencesStore preferences;
    private SessionHistoryStore history;
    private Backend backend;
    private FxTaskRunner taskRunner;
    private Stage stage;
    private SessionFormView sessionForm;
    private ConnectionBarView connectionBar;
    private ResultsViewModel results;

    @Override
    public void init() {
        // Off the FX thread: files are read here, before any window exists.
        preferences = JsonPreferencesStore.inDataDirectory();
        preferences.current();
        history = new JsonSessionHistory();
        backend = BackendFactory.create();
        taskRunner = new FxTaskRunner(4);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.systemDefaultZone();
        ActiveConnection active = new ActiveConnection();

        ConnectionBarViewModel bar = new ConnectionBarViewModel(active, backend, taskRunner,
                new HostServicesBrowser(getHostServices()), TextClipboard.system(),
                new AlertEndpointConfirmation(stage), Clock.systemUTC(), Platform::runLater);
        connectionBar = new ConnectionBarView(bar);

        SessionFormViewModel form = new SessionFormViewModel(taskRunner, backend::livenessSessions,
                backend.profiles(), preferences, new SystemClipboard(), new ControlsFxNotifier(() -> stage), clock);
        sessionForm = new SessionFormView(form);
        sessionForm.hideProfilePicker();

        results = new ResultsViewModel(taskRunner, new FxDelayer(), history, backend::livenessSessions,
                backend::imageStore);
        ImageViewerViewModel viewer = new ImageViewerViewModel(taskRunner, backend::imageStore,
                ClipboardAccess.system(), SaveFileChooser.dialog(() -> stage, "Save image"));
        HistoryViewModel historyModel = new HistoryViewModel(taskRunner, history, new FxHistoryDialogs(() -> stage),
                backend::livenessSessions);

        MainWindowView mainWindow = new MainWindowView();
        mainWindow.setConnectionBar(connectionBar);
        mainWindow.setSessionForm(sessionForm.root());
        mainWindow.showWorkspace(resultsTab(results), ImageViewerView.load(viewer).root(),
                new HistoryPaneView(historyModel).load());
        mainWindow.showConnection(form.connectionSummary(), backend.isSandbox());
        Workspace workspace = new Workspace(active, mainWindow, form, results, viewer, historyModel);

        stage.setTitle(mainWindow.title() + (backend.isSandbox() ? " — Sandbox (offline)" : ""));
        stage.getIcons().setAll(icons());
        stage.setScene(new Scene(mainWindow.root()));
        stage.setMinWidth(980);
        stage.setMinHeight(620);
        WindowPlacement.restore(stage, preferences.current().windowBounds());
        stage.setOnHidden(event -> preferences.update(
                current -> form.rememberIn(current).withWindow(WindowPlacement.capture(stage))));
        stage.show();

        bar.start();
        UserPreferences remembered = preferences.current();
        workspace.browseRemembered(remembered.bucket(), remembered.keyPrefix());
    }

    /** The results pane, with the sandbox's "play the check" buttons above it when the backend offers them. */
    private Node resultsTab(ResultsViewModel model) {
        Parent pane = new ResultsPaneView(model).load();
        return backend.checkSimulator().<Node>map(simulator -> {
            SimulationViewModel simulation = new SimulationViewModel(taskRunner, simulator, model::checkNow);
            simulation.sessionIdProperty().bind(model.sessionIdProperty());
            VBox.setVgrow(pane, Priority.ALWAYS);
            return new VBox(new SimulationBar(simulation), pane);
        }).orElse(pane);
    }

    @Override
    public void stop() {
        if (sessionForm != null) {
            sessionForm.dispose();
        }
        if (connectionBar != null) {
            connectionBar.dispose();
        }
        if (results != null) {
            results.dispose();
        }
        taskRunner.close();
        backend.close();
    }

    private static List<Image> icons() {
        return ICON_SIZES.stream().map(size -> {
            try (InputStream png = LivenessDeskApp.class.getResourceAsStream("icons/icon-" + size + ".png")) {
                return png == null ? null : new Image(png);
            } catch (Exception e) {
                LOG.debug("No {} px icon", size, e);
                return null;
            }
        }).filter(Objects::nonNull).toList();
    }
}
