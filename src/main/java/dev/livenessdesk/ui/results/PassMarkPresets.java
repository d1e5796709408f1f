package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.verdict.PassMarkPreset;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The pass-mark presets beside the spinner: choosing one sets the mark; any mark shows the preset it is (none for
 * a mark of the user's own) and one line on what it guards against. FX thread only; no controls.
 */
public final class PassMarkPresets {

    private final IntegerProperty mark;
    private final ReadOnlyObjectWrapper<PassMarkPreset> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper(this, "line", "");

    /** @param mark the pass mark in use, shared with the verdict (and the spinner) */
    public PassMarkPresets(IntegerProperty mark) {
        this.mark = Objects.requireNonNull(mark, "mark");
        mark.addListener((obs, old, now) -> follow(now.intValue()));
        follow(mark.get());
    }

    /** Sets the pass mark to the preset's. */
    public void choose(PassMarkPreset preset) {
        mark.set(preset.mark());
    }

    private void follow(int now) {
        selected.set(PassMarkPreset.matching(now).orElse(null));
        line.set(PassMarkPreset.lineFor(now));
    }

    /** The preset the mark is, or null for a mark of the user's own. */
    public ReadOnlyObjectProperty<PassMarkPreset> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** What the mark in use guards against. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }
}
