package dev.livenessdesk.bench;

import static dev.livenessdesk.bench.BenchFx.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.app.DesktopServices;
import dev.livenessdesk.app.DesktopWindow;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * Pictures of every tab of the window as a person sees it, on a real display (Xvfb), in the sandbox with the example
 * campaign: a session created and played to a pass, then each tab with the form folded, and the Result tab with the
 * form out. Each picture is the X screen ({@code import -window root}), which is as large as the window.
 * Run: {@code bench/window/pictures.sh OUTPUT_FOLDER}. Not a test.
 */
public final class WindowPictures {

    private WindowPictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path data = Files.createTempDirectory("window-pictures");
        SandboxBackend backend = new SandboxBackend();
        FxTaskRunner tasks = new FxTaskRunner(2);
        dev.livenessdesk.core.campaign.InMemoryCampaignStore campaigns = CampaignExample.store(60, 7);
        Stage stage = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage s = new Stage();
            DesktopWindow window = new DesktopWindow(s, new DesktopServices(backend,
                    new JsonPreferencesStore(data.resolve("preferences.json")),
                    new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { },
                    false, CheckPageHost.NONE, campaigns));
            window.show();
            s.setX(0);
            s.setY(0);
            s.setWidth(width);
            s.setHeight(height);
            return s;
        });
        Thread.sleep(2500);
        String size = width + "x" + height;
        shoot(out.resolve("start-" + size + ".png"));
        onFx(() -> {
            ((TextField) stage.getScene().lookup("#bucketField")).setText("qa-liveness-audit");
            ((TextField) stage.getScene().lookup("#prefixField")).setText("desk/");
            ((Spinner<?>) stage.getScene().lookup("#auditSpinner")).getEditor().setText("2");
            ((Button) stage.getScene().lookup("#createButton")).fire();
            return null;
        });
        waitFor(stage, () -> "CREATED".equals(text(stage, "#statusBadge")));
        onFx(() -> {
            ((Button) stage.getScene().lookup("#simulateLiveButton")).fire();
            return null;
        });
        waitFor(stage, () -> "SUCCEEDED".equals(text(stage, "#statusBadge")));
        Thread.sleep(2000);
        TabPane tabs = onFx(() -> (TabPane) stage.getScene().lookup("#workspaceTabs"));
        int count = onFx(() -> tabs.getTabs().size());
        for (int i = 0; i < count; i++) {
            int index = i;
            String id = onFx(() -> {
                tabs.getSelectionModel().select(index);
                return tabs.getTabs().get(index).getId();
            });
            Thread.sleep(1500);
            shoot(out.resolve(id.replace("Tab", "") + "-" + size + ".png"));
        }
        onFx(() -> {
            ((Button) stage.getScene().lookup("#newSessionButton")).fire();
            return null;
        });
        Thread.sleep(1000);
        shoot(out.resolve("results-form-" + size + ".png"));
        System.out.println("pictures in " + out.toAbsolutePath());
        tasks.close();
        backend.close();
        Platform.exit();
        System.exit(0);
    }

    private static String text(Stage stage, String query) {
        return ((Labeled) stage.getScene().lookup(query)).getText();
    }

    private static void waitFor(Stage stage, BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 100; i++) {
            if (onFx(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the window never got there");
    }

    /** The X screen as it is: what a person would see. */
    private static void shoot(Path file) throws Exception {
        Process shot = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (shot.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
    }
}
