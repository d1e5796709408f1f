package dev.livenessdesk.app;

import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.store.SqliteTrailCache;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.ui.connection.BackendSwitch;
import dev.livenessdesk.ui.connection.SwitchConfirmation;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import dev.livenessdesk.store.SqliteErasureJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The move between the offline sandbox and AWS without a restart. It owns the window in the stage and what the
 * window stands on: opens the other world off the FX thread, then disposes the window (its jobs, followers and
 * check page servers go with its own task runner), builds one on the new world in the same stage, where it was,
 * and closes the old backend and database. Only the app's settings cross over (pass mark, hand-off link); leaving
 * the sandbox remembers none of its form, so nothing of the sandbox's profile or bucket is tried on AWS.
 */
final class WorldSwitch implements BackendSwitch, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorldSwitch.class);

    /** What every window shares, whichever world it is on. */
    record Shared(PreferencesStore preferences, Browser browser, boolean showNotifications, CheckPageHost checkPages,
                  Function<Stage, SwitchConfirmation> confirmation) {
    }

    private final Stage stage;
    private final Shared shared;
    private final DesktopWorld.Source worlds;
    private final Supplier<TaskRunner> runners;
    private volatile DesktopWorld world;
    private TaskRunner tasks;
    private DesktopWindow window;
    private boolean closed;

    /** @param runners a fresh task runner per window, closed with it so none of its jobs outlives the switch */
    WorldSwitch(Stage stage, Shared shared, DesktopWorld.Source worlds, Supplier<TaskRunner> runners) {
        this.stage = stage;
        this.shared = shared;
        this.worlds = worlds;
        this.runners = runners;
    }

    /** On the FX thread: the first window, on the world read at start. */
    void show(DesktopWorld first) {
        world = first;
        tasks = runners.get();
        showWindow();
    }

    DesktopWindow window() {
        return window;
    }

    DesktopWorld world() {
        return world;
    }

    @Override
    public boolean available() {
        return !world.isSandbox() || worlds.hasAwsSetup();
    }

    @Override
    public Optional<Opened> open() {
        boolean toSandbox = !world.isSandbox();
        if (!toSandbox && !worlds.hasAwsSetup()) {
            return Optional.empty();
        }
        DesktopWorld next = worlds.open(toSandbox);
        return Optional.of(() -> enter(next));
    }

    /** On the FX thread, once the other world is open. */
    private void enter(DesktopWorld next) {
        if (closed) {
            next.close();
            return;
        }
        UserPreferences current = shared.preferences().current();
        UserPreferences kept = world.isSandbox() ? window.settingsIn(current) : window.rememberedIn(current);
        DesktopWorld old = world;
        window.dispose();
        // The old screen stays up, greyed, for the moment the preferences take to be written.
        stage.getScene().getRoot().setDisable(true);
        tasks.close();
        world = next;
        tasks = runners.get();
        tasks.job(context -> {
            shared.preferences().update(ignored -> kept);
            return null;
        }).onSuccess(done -> showWindow()).onFailure(failure -> {
            LOG.warn("Could not write the preferences before switching", failure);
            showWindow();
        }).start();
        tasks.job(context -> {
            old.close();
            return null;
        }).start();
    }

    private void showWindow() {
        if (closed) {
            return;
        }
        window = new DesktopWindow(stage, new DesktopServices(world.backend(), shared.preferences(),
                world.history(), tasks, shared.browser(), shared.showNotifications(), shared.checkPages(),
                world.campaigns(), new SwitchOffer(this, shared.confirmation()),
                new SqliteErasureJournal(world.database()), ReviewKeeping.in(world.database()),
                new SqliteTrailCache(world.database())));
        window.show();
    }

    /** At exit: the window, its jobs, the backend and the database. */
    @Override
    public void close() {
        closed = true;
        if (window != null) {
            window.dispose();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (world != null) {
            world.close();
        }
    }
}
