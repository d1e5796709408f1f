package dev.livenessdesk.app;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.Backend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.common.ControlsFxNotifier;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.SystemClipboard;
import dev.livenessdesk.ui.main.MainWindowView;
import dev.livenessdesk.ui.session.SessionFormView;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app's composition root: builds every service once, wires the views, and owns shutdown. */
public final class LivenessDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessDeskApp.class);
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private PreferencesStore preferences;
    private Backend backend;
    private FxTaskRunner taskRunner;
    private Stage stage;
    private SessionFormView sessionForm;

    @Override
    public void init() {
        // Off the FX thread: the preferences file is read here, before any window exists.
        preferences = JsonPreferencesStore.inDataDirectory();
        preferences.current();
        backend = BackendFactory.create();
        taskRunner = new FxTaskRunner(2);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        SessionFormViewModel form = new SessionFormViewModel(taskRunner, backend::livenessSessions,
                backend.profiles(), preferences, new SystemClipboard(), new ControlsFxNotifier(() -> stage),
                Clock.systemDefaultZone());
        sessionForm = new SessionFormView(form);
        MainWindowView mainWindow = new MainWindowView();
        mainWindow.setSessionForm(sessionForm.root());
        mainWindow.showConnection(form.connectionSummary(), backend.isSandbox());

        stage.setTitle(mainWindow.title());
        stage.getIcons().setAll(icons());
        stage.setScene(new Scene(mainWindow.root()));
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        WindowPlacement.restore(stage, preferences.current().windowBounds());
        stage.setOnHidden(event -> preferences.update(
                current -> form.rememberIn(current).withWindow(WindowPlacement.capture(stage))));
        stage.show();
    }

    @Override
    public void stop() {
        if (sessionForm != null) {
            sessionForm.dispose();
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
        }).filter(java.util.Objects::nonNull).toList();
    }
}
