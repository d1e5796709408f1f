package dev.livenessdesk.ui.activity;

import dev.livenessdesk.core.activity.AthenaTable;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Activity tab's Athena setting: whether to read the trail through Athena, the trail's table and where Athena
 * writes its answers. Checked when Find is pressed (each problem said next to its field), and remembered with the
 * preferences once it was used.
 */
public final class AthenaSettingViewModel {

    /** The setting as remembered between runs. */
    public record Setting(boolean use, String table, String output) {
        public Setting {
            table = table == null ? "" : table;
            output = output == null ? "" : output;
        }

        public static final Setting OFF = new Setting(false, "", "");
    }

    private final BooleanProperty use = new SimpleBooleanProperty();
    private final StringProperty table = new SimpleStringProperty();
    private final StringProperty output = new SimpleStringProperty();
    private final StringProperty tableProblem = new SimpleStringProperty("");
    private final StringProperty outputProblem = new SimpleStringProperty("");
    private final Consumer<Setting> remember;
    private Setting remembered;

    /** @param remember keeps a setting that was used (the app: in the preferences, off the FX thread) */
    public AthenaSettingViewModel(Setting start, Consumer<Setting> remember) {
        this.remembered = Objects.requireNonNull(start, "start");
        this.remember = Objects.requireNonNull(remember, "remember");
        use.set(start.use());
        table.set(start.table());
        output.set(start.output());
        use.addListener((obs, was, now) -> {
            if (!now) {
                tableProblem.set("");
                outputProblem.set("");
                keep(new Setting(false, table.get(), output.get()));
            }
        });
    }

    /** A setting that is never on (the sandbox's trail, tests of the CloudTrail route). */
    public static AthenaSettingViewModel off() {
        return new AthenaSettingViewModel(Setting.OFF, setting -> { });
    }

    /**
     * The table to read through, when Athena is chosen: empty with nothing to say when it is not, empty with the
     * problems said next to the fields when what is typed cannot be used.
     */
    Optional<AthenaTable> chosen() {
        tableProblem.set("");
        outputProblem.set("");
        if (!use.get()) {
            return Optional.empty();
        }
        AthenaTable.Checked checked = AthenaTable.parse(table.get(), output.get());
        tableProblem.set(checked.tableProblem());
        outputProblem.set(checked.outputProblem());
        checked.table().ifPresent(t -> keep(new Setting(true, table.get().strip(), output.get().strip())));
        return checked.table();
    }

    /** The table typed, when Athena is chosen and it can be used; says nothing either way (a timeline's read). */
    public Optional<AthenaTable> usable() {
        return use.get() ? AthenaTable.parse(table.get(), output.get()).table() : Optional.empty();
    }

    private void keep(Setting setting) {
        if (!setting.equals(remembered)) {
            remembered = setting;
            remember.accept(setting);
        }
    }

    public BooleanProperty useProperty() {
        return use;
    }

    public StringProperty tableProperty() {
        return table;
    }

    public StringProperty outputProperty() {
        return output;
    }

    public StringProperty tableProblemProperty() {
        return tableProblem;
    }

    public StringProperty outputProblemProperty() {
        return outputProblem;
    }
}
