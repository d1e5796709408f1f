package dev.livenessdesk.ui.viewer;

import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.aws.S3ImageStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.testsupport.s3.S3MockServer;
import dev.livenessdesk.testsupport.s3.S3Seeder;
import dev.livenessdesk.testsupport.s3.S3TestConnection;
import dev.livenessdesk.testsupport.s3.ViewerFixture;
import dev.livenessdesk.ui.common.FxTaskRunner;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Not a test: the viewer pane alone in a window, over a seeded S3Mock, to look at it (under Xvfb for a screenshot).
 * Args: [session id to open, default the complete one] ["detail" to also open its first image full size].
 */
public final class ViewerDemo {

    private ViewerDemo() {
    }


    private static S3MockServer server;
    private static AwsClients clients;
    private static ConnectionSettings connection;

    public static void main(String[] args) throws Exception {
        server = S3MockServer.start();
        clients = S3TestConnection.clients();
        connection = S3TestConnection.settings(server.httpPort());
        ViewerFixture.seed(new S3Seeder(clients.s3(connection)));
        try {
            Application.launch(DemoApp.class, args);
        } finally {
            clients.close();
            server.close();
        }
    }

    /** The JavaFX side; kept nested so the launcher class is no Application (a classpath launch). */
    public static final class DemoApp extends Application {

    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner(4);
        ImageViewerViewModel viewModel = new ImageViewerViewModel(runner, c -> new S3ImageStore(clients, c),
                ClipboardService.system(), SaveFileChooser.dialog(() -> stage, "Save the image"));
        stage.setTitle("Liveness Desk \u2014 viewer demo (S3Mock)");
        stage.setScene(new Scene(new ImageViewerView(viewModel).load(), 1240, 760));
        stage.show();
        String sessionId = getParameters().getUnnamed().stream().filter(dev.livenessdesk.core.session.SessionIds::isValid)
                .findFirst().orElse(ViewerFixture.COMPLETE);
        viewModel.browse(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX);
        viewModel.showSession(connection, ViewerFixture.BUCKET, ViewerFixture.PREFIX, sessionId);
        if (getParameters().getUnnamed().contains("detail")) {
            PauseTransition wait = new PauseTransition(Duration.seconds(3));
            wait.setOnFinished(event -> ImageDetailView.open(stage, viewModel.detailOf(viewModel.images().tiles().get(0))));
            wait.play();
        }
        Optional.ofNullable(System.getProperty("demo.seconds")).map(Double::parseDouble).ifPresent(seconds -> {
            PauseTransition quit = new PauseTransition(Duration.seconds(seconds));
            quit.setOnFinished(event -> javafx.application.Platform.exit());
            quit.play();
        });
    }

    @Override
    public void stop() {
        runner.close();
    }
    }
}
