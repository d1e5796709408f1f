package dev.livenessdesk.app;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.checkpage.LoopbackCheckPages;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.common.HostServicesBrowser;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app's composition root: builds every service once, wires the views, and owns shutdown. */
public final class LivenessDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LivenessDeskApp.class);
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private PreferencesStore preferences;
    private LocalDatabase database;
    private SessionHistoryStore history;
    private Backend backend;
    private FxTaskRunner taskRunner;
    private DesktopWindow window;

    /** What the window stands on and is read from disk before it exists. */
    record Loaded(PreferencesStore preferences, LocalDatabase database, SessionHistoryStore history,
                  Backend backend) {
    }

    private static EarlyStart<Loaded> early;

    /** Called before JavaFX starts, so the files are read while the toolkit starts. */
    static void beginLoading() {
        early = EarlyStart.begin(LivenessDeskApp::load);
    }

    /** Off the FX thread, before any window exists: the preferences, the history, where sessions come from. */
    private static Loaded load() {
        PreferencesStore preferences = JsonPreferencesStore.inDataDirectory();
        preferences.current();
        Backend backend = BackendFactory.create();
        // The sandbox's sessions live only in memory, so does its history: an AWS start never lists one.
        LocalDatabase database = backend.isSandbox() ? LocalDatabase.forSandbox() : LocalDatabase.inDataDirectory();
        SessionHistoryStore history = new SqliteSessionHistory(database, Clock.systemUTC());
        return new Loaded(preferences, database, history, backend);
    }

    @Override
    public void init() {
        Loaded loaded = early != null ? early.await() : load();
        preferences = loaded.preferences();
        database = loaded.database();
        history = loaded.history();
        backend = loaded.backend();
        taskRunner = new FxTaskRunner(4);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.getIcons().setAll(icons());
        window = new DesktopWindow(stage, new DesktopWindow.Services(backend, preferences, history, taskRunner,
                new HostServicesBrowser(getHostServices()), true, new LoopbackCheckPages(),
                new SqliteCampaignStore(database)));
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        taskRunner.close();
        backend.close();
        database.close();
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
