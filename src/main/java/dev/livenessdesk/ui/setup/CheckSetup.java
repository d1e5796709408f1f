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
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.controlsfx.control.PopOver;
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

    /** The quiet check's window opens clear of these (the session's countdowns), when they are shown. */
    public void keepClearOf(Supplier<java.util.List<javafx.scene.Node>> nodes) {
        window.ifPresent(shown -> shown.keepClearOf(nodes));
    }

    /** What Check setup says in the sandbox, pointing at the button. */
    private static PopOver sandboxNote() {
        Label words = new Label(SetupChecklistViewModel.WORDS.get("button.sandbox.note"));
        words.setId("checkSetupSandboxNote");
        words.setWrapText(true);
        words.setMaxWidth(380);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.setPadding(new Insets(10));
        PopOver note = new PopOver(words);
        note.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        note.setDetachable(false);
        note.setAutoHide(true);
        return note;
    }

    /** @param target what the form holds now; empty before the bar has read the profiles */
    public Button button(Supplier<Optional<SetupTarget>> target) {
        Button button = new Button(SetupChecklistViewModel.WORDS.get("window.title"));
        button.setId("checkSetupButton");
        button.setMinWidth(Button.USE_PREF_SIZE);
        button.setMnemonicParsing(false);
        if (window.isEmpty()) {
            // Not greyed out: a disabled button could not say why. It says so in its tooltip and when pressed.
            button.setTooltip(new Tooltip(SetupChecklistViewModel.WORDS.get("button.sandbox")));
            button.setOnAction(event -> sandboxNote().show(button));
            return button;
        }
        button.setTooltip(new Tooltip(SetupChecklistViewModel.WORDS.get("button.tooltip")));
        button.setOnAction(event -> target.get().ifPresent(window.get()::check));
        return button;
    }
}
