package dev.livenessdesk.bench;

import static dev.livenessdesk.bench.BenchFx.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.app.DesktopServices;
import dev.livenessdesk.app.DesktopWindow;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.DisplayChoice;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * One picture of the window on a real display (Xvfb) in a theme and at a text size of the Display menu, as the
 * user left them in the preferences: in the sandbox with the example campaign, after a session with audit images
 * was created and played to a pass, on the tab asked for. For docs/accessibility.md.
 * Run: {@code bench/window/themes.sh}. Not a test.
 */
public final class ThemePictures {

    private ThemePictures() {
    }

    /** Arguments: the picture's file, the theme (light, dark, high-contrast), the text size in %, the tab's id. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String theme = args[1];
        int textSize = Integer.parseInt(args[2]);
        String tabId = args[3];
        Files.createDirectories(file.toAbsolutePath().getParent());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path data = Files.createTempDirectory("theme-pictures");
        JsonPreferencesStore preferences = new JsonPreferencesStore(data.resolve("preferences.json"));
        preferences.update(now -> now.withDisplay(new DisplayChoice(theme, textSize)));
        SandboxBackend backend = new SandboxBackend();
        FxTaskRunner tasks = new FxTaskRunner(2);
        dev.livenessdesk.core.campaign.InMemoryCampaignStore campaigns = CampaignExample.store(60, 7);
        Stage stage = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage s = new Stage();
            new DesktopWindow(s, new DesktopServices(backend, preferences,
                    new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { },
                    false, CheckPageHost.NONE, campaigns)).show();
            s.setX(0);
            s.setY(0);
            s.setWidth(1180);
            s.setHeight(760);
            return s;
        });
        Thread.sleep(2500);
        onFx(() -> {
            ((TextField) stage.getScene().lookup("#bucketField")).setText("qa-liveness-audit");
            ((TextField) stage.getScene().lookup("#prefixField")).setText("desk/");
            ((Spinner<?>) stage.getScene().lookup("#auditSpinner")).getEditor().setText("2");
            ((Button) stage.getScene().lookup("#createButton")).fire();
            return null;
        });
        waitFor(stage, "CREATED");
        onFx(() -> {
            ((Button) stage.getScene().lookup("#simulateLiveButton")).fire();
            return null;
        });
        waitFor(stage, "SUCCEEDED");
        onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#workspaceTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(tab -> tabId.equals(tab.getId()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no tab " + tabId)));
            return null;
        });
        Thread.sleep(3000);
        Process shot = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (shot.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("picture in " + file.toAbsolutePath());
        tasks.close();
        backend.close();
        Platform.exit();
        System.exit(0);
    }

    private static void waitFor(Stage stage, String status) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (onFx(() -> status.equals(((Labeled) stage.getScene().lookup("#statusBadge")).getText()))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the session never got to " + status);
    }
}
