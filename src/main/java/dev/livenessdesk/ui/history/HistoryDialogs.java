package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.history.HistoryExportFormat;
import java.nio.file.Path;
import java.util.Optional;

/** The questions the history list asks the user, behind an interface so tests can answer them. */
public interface HistoryDialogs {

    /** Asks before removing entries; true when the user confirmed. */
    boolean confirmRemoval(String title, String message, String confirmLabel);

    /** Asks where to save an export; empty when the user cancelled. */
    Optional<Path> chooseExportFile(String title, String suggestedName, HistoryExportFormat format);
}
