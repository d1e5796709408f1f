package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.verdict.PassMarkPreset;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pass-mark presets as toggle buttons, with one line under them on what the mark in use guards against. A
 * mark of the user's own (typed in the spinner) selects none.
 */
public final class PassMarkPresetsBar extends VBox {

    private final ToggleGroup group = new ToggleGroup();

    public PassMarkPresetsBar(PassMarkPresets presets) {
        setId("passMarkPresets");
        getStyleClass().add("pass-mark-presets");
        setSpacing(3);
        FlowPane buttons = new FlowPane(6, 4);
        // Asks for one line (a FlowPane's default 400 px wraps the two presets) and wraps when narrower.
        buttons.setPrefWrapLength(460);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (PassMarkPreset preset : PassMarkPreset.values()) {
            ToggleButton button = new ToggleButton(preset.label());
            button.setId("preset-" + preset.name());
            button.setUserData(preset);
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(preset.guardsAgainst()));
            // A click on the selected preset would unselect it and leave the mark unexplained: keep it chosen.
            button.setOnAction(event -> {
                presets.choose(preset);
                select(presets.selectedProperty().get());
            });
            buttons.getChildren().add(button);
        }
        Label line = new Label();
        line.setId("passMarkLine");
        line.getStyleClass().add("explanation");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.textProperty().bind(presets.lineProperty());
        Tooltip.install(line, new Tooltip(ResultsText.get("passMark.advice")));
        getChildren().addAll(buttons, line);
        presets.selectedProperty().addListener((obs, old, preset) -> select(preset));
        select(presets.selectedProperty().get());
    }

    private void select(PassMarkPreset preset) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == preset));
    }
}
