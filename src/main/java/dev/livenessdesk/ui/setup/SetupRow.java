package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.setup.CheckId;
import dev.livenessdesk.core.setup.CheckResult;
import java.util.Optional;

/** One row of the checklist as shown: its question, and its answer once it came (empty while checking). */
public record SetupRow(CheckId id, Optional<CheckResult> result) {

    public static SetupRow checking(CheckId id) {
        return new SetupRow(id, Optional.empty());
    }

    public String title() {
        return id.title();
    }

    public boolean isChecking() {
        return result.isEmpty();
    }
}
