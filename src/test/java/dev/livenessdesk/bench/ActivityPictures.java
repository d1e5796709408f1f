package dev.livenessdesk.bench;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.app.DesktopServices;
import dev.livenessdesk.app.DesktopWindow;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Makes the README's pictures of the Activity tab: the app in the sandbox at its default size (1180x760), the
 * last 24 hours of the made-up busy day found, then the timeline of the customer who failed three times about
 * 14:05. Run: {@code bench/activity/pictures.sh OUTPUT_FOLDER} (under Xvfb or Monocle). Not a test.
 */
public final class ActivityPictures {

    private ActivityPictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/activity-pictures");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path data = Files.createTempDirectory("activity-pictures");
        SandboxBackend backend = new SandboxBackend();
        FxTaskRunner tasks = new FxTaskRunner(2);
        Stage stage = BenchFx.onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage s = new Stage();
            new DesktopWindow(s, new DesktopServices(backend,
                    new JsonPreferencesStore(data.resolve("preferences.json")),
                    new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { },
                    false)).show();
            s.setWidth(1180);
            s.setHeight(760);
            return s;
        });
        Thread.sleep(2500);
        BenchFx.onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#workspaceTabs");
            tabs.getTabs().stream().filter(t -> "activityTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        Thread.sleep(1500);
        BenchFx.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> window = (ComboBox<Object>) stage.getScene().lookup("#windowChoice");
            window.getSelectionModel().select(2);
            ((Button) stage.getScene().lookup("#findButton")).fire();
            return null;
        });
        Thread.sleep(6000);
        save(BenchFx.onFx(() -> stage.getScene().snapshot(null)), out.resolve("activity.png"));
        BenchFx.onFx(() -> {
            ((TextField) stage.getScene().lookup("#ipField")).setText("198.51.100.23");
            ((Button) stage.getScene().lookup("#findButton")).fire();
            return null;
        });
        Thread.sleep(5000);
        BenchFx.onFx(() -> {
            TableView<?> table = (TableView<?>) stage.getScene().lookup("#table");
            Object first = table.getItems().get(0);
            String id = ((dev.livenessdesk.core.activity.ActivitySession) first).id().orElseThrow();
            ((TextField) stage.getScene().lookup("#openField")).setText(id);
            ((Button) stage.getScene().lookup("#openButton")).fire();
            return null;
        });
        Thread.sleep(4000);
        save(BenchFx.onFx(() -> stage.getScene().snapshot(null)), out.resolve("activity-timeline.png"));
        System.out.println("pictures in " + out.toAbsolutePath());
        tasks.close();
        backend.close();
        Platform.exit();
        System.exit(0);
    }

    private static void save(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                picture.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
    }
}
