package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.history.HistoryExportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the history's questions as a test decides, and remembers what was asked. */
final class ScriptedHistoryDialogs implements HistoryDialogs {

    boolean confirm = true;
    Path exportTarget;
    final List<String> removalQuestions = new ArrayList<>();
    final List<String> suggestedNames = new ArrayList<>();

    @Override
    public boolean confirmRemoval(String title, String message, String confirmLabel) {
        removalQuestions.add(message);
        return confirm;
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String suggestedName, HistoryExportFormat format) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(exportTarget);
    }
}
