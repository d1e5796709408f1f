package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.session.ChallengeType;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.FxTaskRunner;
import dev.livenessdesk.ui.history.FxHistoryDialogs;
import dev.livenessdesk.ui.history.HistoryPaneView;
import dev.livenessdesk.ui.history.HistoryViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Looks at the results and history panes together on the sandbox: creates a session, plays the user's check a
 * few seconds later, and follows it to SUCCEEDED. Run with a display (or xvfb-run); argument: the history file
 * (default /tmp/liveness-demo/history.json), so a second run finds the first one's sessions.
 */
public final class ResultsHistoryDemo {

    private ResultsHistoryDemo() {
    }

    /** A plain main: a class extending Application cannot be started from the classpath without module flags. */
    public static void main(String[] args) {
        Application.launch(DemoApp.class, args);
    }

    /** The demo window. */
    public static final class DemoApp extends Application {

        private final SandboxBackend backend = new SandboxBackend();
        private FxTaskRunner tasks;

        @Override
        public void start(Stage stage) throws Exception {
            Path file = Path.of(getParameters().getRaw().stream().findFirst()
                    .orElse("/tmp/liveness-demo/history.json"));
            tasks = new FxTaskRunner(2);
            SqliteSessionHistory history = new SqliteSessionHistory(LocalDatabase.forSandbox(), Clock.systemUTC());
            ConnectionSettings connection = ConnectionSettings.of("sandbox", "us-east-1");
            ResultsViewModel results = new ResultsViewModel(tasks, new FxDelayer(), history,
                    backend::livenessSessions, backend::imageStore);
            results.connectionProperty().set(connection);
            HistoryViewModel historyModel = new HistoryViewModel(tasks, history,
                    new FxHistoryDialogs(stage::getOwner));
            results.setOnHistoryChanged(historyModel::upsert);
            historyModel.setOnReopen(entry ->
                    results.follow(HistoryViewModel.connectionOf(entry), entry.sessionId()));

            SplitPane split = new SplitPane(new ResultsPaneView(results).load(),
                    new HistoryPaneView(historyModel).load());
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.66);
            stage.setTitle("Liveness Desk: results and history (sandbox demo)");
            stage.setScene(new Scene(split, 1280, 800));
            stage.show();

            SessionSettings settings = new SessionSettings("us-east-1", Optional.of("demo-liveness-bucket"),
                    "checks/", 2, Optional.empty(), ChallengeType.DEFAULT, Optional.empty(), Optional.empty(),
                    Optional.empty());
            CreatedSession created = backend.livenessSessions(connection).create(settings);
            results.follow(connection, created);
            FxDelayer later = new FxDelayer();
            later.schedule(Duration.ofSeconds(3), () -> tasks.job(context -> {
                backend.simulator().simulateCheckStarted(created.sessionId());
                return null;
            }).start());
            later.schedule(Duration.ofSeconds(8), () -> tasks.job(context -> {
                backend.simulator().simulateCompletedCheck(created.sessionId(), true);
                return null;
            }).start());
        }

        @Override
        public void stop() {
            tasks.close();
            backend.close();
        }
    }
}
