package dev.livenessdesk.ui.connection;

import dev.livenessdesk.ui.common.ShownWhen;
import dev.livenessdesk.ui.common.Tooltips;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The controls of the move to the other backend: its button ("Use AWS" in the sandbox banner, "Try the sandbox"
 * after the bar's actions) and the note saying why the last press did not switch, which goes under the button's row
 * (the row has no room for it) and which the user can close. {@link ConnectionBarView} puts them in place.
 */
final class BackendSwitchControls {

    private final Button button;
    private final HBox note;

    BackendSwitchControls(BackendSwitchViewModel model) {
        button = new Button(model.buttonText());
        button.setId("backendSwitchButton");
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(Tooltips.wrapping(model.tooltip()));
        button.disableProperty().bind(model.switchingProperty());
        button.setOnAction(event -> model.switchNow());
        Label problem = new Label();
        problem.setId("backendSwitchProblem");
        problem.getStyleClass().add("switch-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.textProperty().bind(model.problemProperty());
        // A note the user can close: it pushes the window's content down while it shows.
        Button close = new Button("", new FontIcon(Feather.X));
        close.setId("backendSwitchProblemClose");
        close.getStyleClass().addAll("flat", "small");
        close.setAccessibleText(ConnectionBarViewModel.WORDS.get("switch.problem.close"));
        close.setTooltip(new Tooltip(ConnectionBarViewModel.WORDS.get("switch.problem.close")));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(event -> model.dismissProblem());
        close.disableProperty().bind(model.switchingProperty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        note = new HBox(6, problem, close);
        note.setAlignment(Pos.TOP_LEFT);
        ShownWhen.bound(problem, problem.textProperty().isNotEmpty());
        ShownWhen.bound(note, problem.textProperty().isNotEmpty());
    }

    Button button() {
        return button;
    }

    /** Why the last press did not switch, with its close button; shown only while there is something to say. */
    HBox note() {
        return note;
    }
}
