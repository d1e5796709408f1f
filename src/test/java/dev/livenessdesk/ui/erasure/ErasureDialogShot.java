package dev.livenessdesk.ui.erasure;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.ShotExit;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The confirmation as the docs show it: a sandbox session's erasure at the window's default size (1180x760), the
 * first characters typed. Run under Xvfb and capture the screen (docs/erasure.md says how).
 */
public final class ErasureDialogShot extends Application {

    private static final String SESSION = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    /** A main outside the Application class: started from the classpath, JavaFX refuses one that extends it. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(ErasureDialogShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SandboxBackend sandbox = new SandboxBackend();
        for (String name : new String[] {"reference.jpg", "audit_1.jpg", "audit_2.jpg", "liveness-desk-record.json"}) {
            sandbox.images().put("liveness-out", "checks/" + SESSION + "/" + name, new byte[38_000]);
        }
        LocalDatabase database = LocalDatabase.forSandbox();
        ErasureViewModel model = new ErasureViewModel(new FxTaskRunner(1), new ErasureServices(
                sandbox::erasureTarget, new SqliteSessionHistory(database, Clock.systemUTC()),
                new InMemoryCampaignStore(), new dev.livenessdesk.store.SqliteReviewRows(database), new SqliteErasureJournal(database), "0.1.0"), Clock.systemUTC());
        stage.setTitle("Erase this session");
        stage.setScene(new Scene(new ErasureDialog(model, text -> { }).forSession(ConnectionSettings.of(null,
                "us-east-1"), "liveness-out", "checks/", SESSION), 1180, 760));
        model.stageProperty().addListener((obs, old, now) -> {
            if (now == ErasureViewModel.Stage.PLANNED) {
                model.typedProperty().set("7c9e66");
            }
        });
        stage.show();
        ShotExit.ifAsked(getParameters());
    }
}
