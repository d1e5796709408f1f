package dev.livenessdesk.app;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.checkpage.PageCalls;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The whole desktop window on the sandbox, assembled as the app assembles it, over a data folder of its own: what
 * the end-to-end TestFX tests stand on. Set what a test varies (the browser, the check page host, the campaign
 * store, remembered preferences) before {@link #show(Stage)}; {@link #close()} in the test's {@code @Stop}.
 */
final class SandboxDesk implements AutoCloseable {

    private final SandboxBackend backend = new SandboxBackend();
    private final CreateCountingBackend counted = new CreateCountingBackend(backend);
    private final FxTaskRunner tasks = new FxTaskRunner(2);
    private final Path data;
    private final JsonPreferencesStore preferences;
    private final LocalDatabase database = LocalDatabase.forSandbox();
    private final SqliteSessionHistory history = new SqliteSessionHistory(database, Clock.systemUTC());
    private Browser browser = page -> { };
    private CheckPageHost checkPages = CheckPageHost.NONE;
    private CampaignStore campaigns = new InMemoryCampaignStore();
    private DesktopWindow window;
    private final ReviewKeeping reviews = ReviewKeeping.in(database);

    SandboxDesk(String folderName) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = Files.createTempDirectory(folderName);
        preferences = new JsonPreferencesStore(data.resolve("preferences.json"));
    }

    SandboxDesk browser(Browser opens) {
        this.browser = opens;
        return this;
    }

    SandboxDesk checkPages(CheckPageHost host) {
        this.checkPages = host;
        return this;
    }

    SandboxDesk campaigns(CampaignStore store) {
        this.campaigns = store;
        return this;
    }

    /** The preferences the window reads at start; change them before {@link #show(Stage)}. */
    JsonPreferencesStore preferences() {
        return preferences;
    }

    /** How many sessions the window has asked the backend to create, on whatever path. */
    int sessionsCreated() {
        return counted.creates();
    }

    /** The sandbox the window stands on, to seed sessions before it shows. */
    SandboxBackend backend() {
        return backend;
    }

    /** Where the window keeps its reviews and viewing log (the desk's database in memory). */
    ReviewKeeping reviews() {
        return reviews;
    }

    /** The window's history, in memory as the sandbox app's is: every session the window created is in it. */
    SessionHistoryStore history() {
        return history;
    }

    DesktopWindow show(Stage stage) {
        window = new DesktopWindow(stage, new DesktopServices(counted, preferences,
                history, tasks, browser, false, checkPages, campaigns, SwitchOffer.NONE,
                new dev.livenessdesk.store.SqliteErasureJournal(database), reviews));
        window.show();
        return window;
    }

    /** The window at the app's default size at the screen's corner, so every control can be reached. */
    DesktopWindow showAtDefaultSize(Stage stage) {
        DesktopWindow shown = show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1180);
        stage.setHeight(760);
        return shown;
    }

    /** A "browser" whose page plays a live person, as the sandbox page's buttons do; notes each page it opens. */
    static Browser playingALivePerson(List<URI> opened) {
        return page -> {
            opened.add(page);
            new Thread(() -> {
                PageCalls.post(page, "play", "{\"play\":\"started\"}");
                PageCalls.post(page, "play", "{\"play\":\"live\"}");
            }).start();
        };
    }

    @Override
    public void close() {
        if (window != null) {
            window.dispose();
        }
        tasks.close();
        backend.close();
        database.close();
    }
}
