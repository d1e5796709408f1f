package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.setup.SetupAnswers;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * What the main window gets of the setup check: the "Check setup" button for the connection bar and the quiet
 * check wrapped around Create. Without setup answers (the offline sandbox) the button says why it is off.
 */
public final class CheckSetup {

    private final Optional<SetupWindow> window;
    private final Optional<QuietSetupCheck> quiet;

    /** @param retention what the lifecycle row's fix needs to propose and apply the desk's retention rule */
    public CheckSetup(Window owner, TaskRunner tasks, Optional<SetupAnswers> answers,
                      Optional<SetupChecklistViewModel.RetentionFix> retention) {
        Optional<SetupChecker> checker = answers.map(SetupChecker::new);
        this.window = checker.map(c -> new SetupWindow(owner,
                new SetupChecklistViewModel(tasks, c, ClipboardService.system(), retention)));
        this.quiet = checker.map(c -> new QuietSetupCheck(tasks, c, run -> window.orElseThrow().showFailures(run)));
    }

    /** The sessions, with the quiet check before each first Create for a bucket (as they are in the sandbox). */
    public Function<ConnectionSettings, LivenessSessions> watching(
            Function<ConnectionSettings, LivenessSessions> sessionsFor) {
        return quiet.map(check -> check.watching(sessionsFor)).orElse(sessionsFor);
    }

    /** @param target what the form holds now; empty before the bar has read the profiles */
    public Button button(Supplier<Optional<SetupTarget>> target) {
        Button button = new Button(SetupChecklistViewModel.WORDS.get("window.title"));
        button.setId("checkSetupButton");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setMnemonicParsing(false);
        if (window.isEmpty()) {
            button.setDisable(true);
            // A disabled control shows no tooltip; the label beside it in the sandbox banner says the rest.
            button.setTooltip(new Tooltip(SetupChecklistViewModel.WORDS.get("button.sandbox")));
            return button;
        }
        button.setTooltip(new Tooltip(SetupChecklistViewModel.WORDS.get("button.tooltip")));
        button.setOnAction(event -> target.get().ifPresent(window.get()::check));
        return button;
    }
}
