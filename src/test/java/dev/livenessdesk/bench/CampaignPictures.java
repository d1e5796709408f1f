package dev.livenessdesk.bench;

import static dev.livenessdesk.bench.BenchFx.onFx;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.app.DesktopServices;
import dev.livenessdesk.app.DesktopWindow;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.settings.JsonPreferencesStore;
import dev.livenessdesk.testsupport.CampaignExample;
import dev.livenessdesk.ui.campaign.CampaignPaneView;
import dev.livenessdesk.ui.campaign.CampaignViewModel;
import dev.livenessdesk.ui.campaign.ReferenceImages;
import dev.livenessdesk.ui.campaign.ReportExportModel;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Makes docs/campaigns.md's pictures of the Campaign tab: the app in the sandbox at 1180x980 (the default width; tall enough that the tab shows whole, where 760 scrolls) with the example campaign
 * (CampaignExample, 60 sessions), one PNG per plot tab, and the HTML report of the same campaign.
 * Run: {@code bench/campaign-tab/pictures.sh OUTPUT_FOLDER}. Not a test.
 */
public final class CampaignPictures {

    private CampaignPictures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/campaign-pictures");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path data = Files.createTempDirectory("campaign-pictures");
        SandboxBackend backend = new SandboxBackend();
        FxTaskRunner tasks = new FxTaskRunner(2);
        InMemoryCampaignStore store = CampaignExample.store(60, 7);
        Stage stage = onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Stage s = new Stage();
            DesktopWindow window = new DesktopWindow(s, new DesktopServices(backend,
                    new JsonPreferencesStore(data.resolve("preferences.json")),
                    new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC()), tasks, page -> { },
                    false, dev.livenessdesk.core.check.CheckPageHost.NONE, store));
            window.show();
            s.setWidth(1180);
            s.setHeight(980);
            return s;
        });
        Thread.sleep(3000);
        onFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#workspaceTabs");
            // By its id: the Campaign tab is no longer the last (Review and Activity came after it).
            tabs.getTabs().stream().filter(t -> "campaignTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        Thread.sleep(2000);
        for (String tab : new String[] {"confidenceTab", "sweepTab", "feedbackTab", "campaignSessionsTab"}) {
            onFx(() -> {
                TabPane views = (TabPane) stage.getScene().lookup("#campaignViews");
                views.getTabs().stream().filter(t -> tab.equals(t.getId())).findFirst()
                        .ifPresent(t -> views.getSelectionModel().select(t));
                return null;
            });
            Thread.sleep(1000);
            save(onFx(() -> stage.getScene().snapshot(null)), out.resolve("campaign-" + tab + ".png"));
        }

        Path report = out.resolve("campaign-report.html");
        // The wait below is for this run's report: one left by an earlier run would be photographed instead.
        Files.deleteIfExists(report);
        ReportExportModel export = onFx(() -> {
            CampaignViewModel m = new CampaignViewModel(tasks, new FxDelayer(), store, backend::livenessSessions,
                    () -> ConnectionSettings.of(null, "us-east-1"), "ana", Clock.systemUTC());
            ReportExportModel e = new ReportExportModel(tasks, m, name -> Optional.of(report),
                    ReferenceImages.NONE, () -> "sandbox \u00b7 us-east-1", Clock.systemUTC());
            Stage s = new Stage();
            s.setScene(new Scene(new CampaignPaneView(m, e).load(), 900, 700));
            s.show();
            return e;
        });
        Thread.sleep(3000);
        onFx(() -> {
            export.exportHtml(false);
            return null;
        });
        for (int i = 0; i < 100 && !Files.exists(report); i++) {
            Thread.sleep(200);
        }
        System.out.println("pictures in " + out.toAbsolutePath() + ", report " + report.toAbsolutePath());
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
