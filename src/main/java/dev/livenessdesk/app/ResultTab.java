package dev.livenessdesk.app;

import dev.livenessdesk.core.check.CheckRuns;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.ui.check.AlertHandOverConfirmation;
import dev.livenessdesk.ui.check.CheckRunViewModel;
import dev.livenessdesk.ui.check.CheckStrip;
import dev.livenessdesk.ui.check.HandOffViewModel;
import dev.livenessdesk.ui.check.RunCheckButton;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.results.ResultsPaneView;
import dev.livenessdesk.ui.results.ResultsViewModel;
import dev.livenessdesk.ui.sandbox.SimulationBar;
import dev.livenessdesk.ui.sandbox.SimulationViewModel;
import java.time.Clock;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Assembles the Result tab: the session being followed and its verdict, the "Run the check here" strip with its
 * hand-off link, and in the sandbox the strip that plays the check. Kept out of {@link DesktopWindow} so the
 * window's class stays the list of its screens.
 */
final class ResultTab {

    private final DesktopServices services;
    private final ResultsViewModel results;
    private final CheckRunViewModel check;
    private final HandOffViewModel handOff;
    private CheckStrip checkStrip;

    /** The models with the pass mark and the hand-off link remembered from last time. */
    ResultTab(Stage stage, DesktopServices services) {
        this.services = services;
        var backend = services.backend();
        var tasks = services.tasks();
        results = new ResultsViewModel(tasks, new FxDelayer(), services.history(), backend::livenessSessions,
                backend::imageStore);
        results.verdict().passMarkProperty().set(services.preferences().current().passMarkOrDefault());
        check = new CheckRunViewModel(tasks, new CheckRuns(backend, services.checkPages(), Clock.systemUTC()),
                services.browser(), new AlertHandOverConfirmation(() -> stage), Platform::runLater);
        handOff = new HandOffViewModel(ClipboardService.system(), Clock.systemUTC());
        handOff.templateProperty().set(services.preferences().current().handOffTemplateOrEmpty());
    }

    ResultsViewModel results() {
        return results;
    }

    /** What the workspace needs to start a check from the form or from the Campaign tab. */
    CheckDesk checkDesk() {
        return new CheckDesk(check, handOff, results);
    }

    /** "Run the check here", which sits among the session form's actions. */
    Button runCheckButton() {
        Button runCheck = RunCheckButton.create(check);
        runCheck.setId("runCheckButton");
        return runCheck;
    }

    /**
     * The results pane under the "Run the check here" strip, with the sandbox's "play the check" strip above both
     * when the backend offers one.
     */
    Node build() {
        Parent pane = new ResultsPaneView(results).load();
        VBox.setVgrow(pane, Priority.ALWAYS);
        checkStrip = new CheckStrip(check, handOff);
        VBox tab = new VBox(checkStrip, pane);
        services.backend().checkSimulator().ifPresent(simulator -> {
            SimulationViewModel simulation = new SimulationViewModel(services.tasks(), simulator, results::checkNow);
            simulation.sessionIdProperty().bind(results.sessionIdProperty());
            simulation.finishedProperty().bind(Bindings.createBooleanBinding(
                    () -> results.statusProperty().get() != null && results.statusProperty().get().isFinal(),
                    results.statusProperty()));
            tab.getChildren().add(0, new SimulationBar(simulation));
        });
        return tab;
    }

    /** A session being followed or a check starting or served: work a switch of backend would drop. */
    boolean workInFlight() {
        return results.followingProperty().get() || check.startingProperty().get() || check.servingProperty().get();
    }

    /** The pass mark and the hand-off link, kept for the next run whichever backend is in use. */
    UserPreferences settingsIn(UserPreferences current) {
        return current.withPassMark(results.verdict().passMarkProperty().get())
                .withHandOffTemplate(handOff.templateProperty().get());
    }

    void dispose() {
        check.dispose();
        if (checkStrip != null) {
            checkStrip.dispose();
        }
        results.dispose();
    }
}
