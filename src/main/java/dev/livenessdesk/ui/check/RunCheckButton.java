package dev.livenessdesk.ui.check;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Run the check here", the same wherever a screen places it: acts on the check's current target. */
public final class RunCheckButton {

    private RunCheckButton() {
    }

    public static Button create(CheckRunViewModel check) {
        Button button = new Button(CheckRunWords.get("button.run"), new FontIcon(Feather.VIDEO));
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(check.unavailableReason().orElse(CheckRunWords.get("button.run.tooltip"))));
        button.setOnAction(event -> check.runTarget());
        button.disableProperty().bind(check.targetProperty().isNull().or(check.startingProperty()));
        return button;
    }
}
