package dev.livenessdesk.app;

import dev.livenessdesk.checkpage.LoopbackCheckPages;
import dev.livenessdesk.checkpage.SystemBrowser;
import dev.livenessdesk.core.EarlyStart;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.connection.AlertSwitchConfirmation;
import java.io.InputStream;
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
    private DesktopWorld firstWorld;
    private WorldSwitch worlds;
    private IdleMemoryGiveBack idleMemory;

    /** What the window stands on and is read from disk before it exists. */
    record Loaded(PreferencesStore preferences, DesktopWorld world) {
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
        // The sandbox's sessions live only in memory, so does its history: an AWS start never lists one.
        return new Loaded(preferences, DesktopWorld.on(BackendFactory.create()));
    }

    @Override
    public void init() {
        Loaded loaded = early != null ? early.await() : load();
        preferences = loaded.preferences();
        firstWorld = loaded.world();
    }

    @Override
    public void start(Stage stage) {
        stage.getIcons().setAll(icons());
        // The bar's "Use AWS" / "Try the sandbox" rebuilds the window in this stage: no restart (issue 11).
        worlds = new WorldSwitch(stage, new WorldSwitch.Shared(preferences, new SystemBrowser()::open,
                true, new LoopbackCheckPages(), AlertSwitchConfirmation::new), DesktopWorld.Source.THIS_COMPUTER,
                () -> new FxTaskRunner(4));
        worlds.show(firstWorld);
        ReadyForTyping.reportWhenAsked(stage);
        idleMemory = IdleMemoryGiveBack.watch(stage);
    }

    @Override
    public void stop() {
        if (idleMemory != null) {
            idleMemory.close();
        }
        if (worlds != null) {
            worlds.close();
        } else if (firstWorld != null) {
            firstWorld.close();
        }
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
