package dev.livenessdesk.ui.setup;

import atlantafx.base.theme.PrimerLight;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.RetentionChanges;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.testsupport.ShotExit;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The retention rule's window as a user meets it from Check setup: the sandbox bucket's rule proposed for 30 days,
 * the bucket's name partly typed. Run under Xvfb and capture the screen.
 */
public final class RetentionFixShot extends Application {

    /** A main outside the Application class: started from the classpath, JavaFX refuses one that extends it. */
    public static final class Launch {
        public static void main(String[] args) {
            Application.launch(RetentionFixShot.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SandboxBackend sandbox = new SandboxBackend();
        RetentionFixViewModel model = new RetentionFixViewModel(new FxTaskRunner(1), new RetentionChanges(
                sandbox.retentionRules(ConnectionSettings.of(null, "us-east-1")).orElseThrow(), Clock.systemUTC(),
                "0.1.0"), "liveness-out", "checks/", () -> { });
        stage.setTitle(SetupChecklistViewModel.WORDS.get("retention.title"));
        stage.setScene(new Scene(new RetentionFixDialog(model, text -> { }).content(), 760, 700));
        model.stageProperty().addListener((obs, old, now) -> {
            if (now == RetentionFixViewModel.Stage.PROPOSED) {
                model.typedProperty().set("liveness-o");
            }
        });
        stage.show();
        model.propose();
        ShotExit.ifAsked(getParameters());
    }
}
