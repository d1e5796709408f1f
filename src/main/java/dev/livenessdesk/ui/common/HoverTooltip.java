package dev.livenessdesk.ui.common;

import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made when the pointer first enters the control. A tooltip is a popup window with a scene
 * of its own, and lists and tables make their cells by the dozen, most never hovered: making one per cell put it
 * in the FX thread's stalls (bench/fx-stall). An empty text means no tooltip at all.
 */
public final class HoverTooltip {

    private final Control control;
    private final StringProperty text = new SimpleStringProperty("");
    private Tooltip tooltip;

    private HoverTooltip(Control control) {
        this.control = control;
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null && !text.get().isEmpty()) {
                tooltip = new Tooltip();
                tooltip.textProperty().bind(text);
                control.setTooltip(tooltip);
            }
        });
    }

    /** Gives {@code control} a tooltip made at its first hover; set its text with {@link #setText}. */
    public static HoverTooltip on(Control control) {
        return new HoverTooltip(Objects.requireNonNull(control));
    }

    /** What the tooltip says from now on; empty or null for none. */
    public void setText(String words) {
        String now = words == null ? "" : words;
        text.set(now);
        if (tooltip != null) {
            control.setTooltip(now.isEmpty() ? null : tooltip);
        }
    }
}
