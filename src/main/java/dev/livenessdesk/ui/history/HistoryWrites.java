package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.HistoryExportFormat;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.ui.common.Job;
import dev.livenessdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the history pane writes on the user's word: the export (a CSV or JSON file where they choose) and the
 * removal (entries forgotten in this computer's list). Each asks first; each write is a job, not yet started, so
 * the list, the busy mark and the message stay the view model's.
 */
final class HistoryWrites {

    private final TaskRunner tasks;
    private final SessionHistoryStore history;
    private final HistoryDialogs dialogs;
    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the time zone whose date names the suggested export file (the user's) */
    HistoryWrites(TaskRunner tasks, SessionHistoryStore history, HistoryDialogs dialogs, ZoneId zone, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.history = Objects.requireNonNull(history, "history");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Asks where to export, offering "liveness-sessions-<today>.<ext>"; empty when the user cancelled. */
    Optional<Path> askExportTarget(HistoryExportFormat format) {
        String suggested = "liveness-sessions-" + LocalDate.now(clock.withZone(zone)) + "." + format.extension();
        return dialogs.chooseExportFile(HistoryText.get("export.title", format.name().toUpperCase(Locale.ROOT)),
                suggested, format);
    }

    /** Writes the entries in the order given; answers what to tell the user ("Exported 2 sessions to ..."). */
    Job<String> exporting(List<HistoryEntry> chosen, HistoryExportFormat format, Path target) {
        List<HistoryEntry> entries = List.copyOf(chosen);
        return tasks.job(context -> {
            history.export(entries, format, target);
            return HistoryText.get("export.done", entries.size(), target.toString());
        });
    }

    /** Asks before forgetting, naming the one session or counting them; false when the user said no. */
    boolean confirmRemoval(List<HistoryEntry> chosen) {
        String text = chosen.size() == 1
                ? HistoryText.get("remove.one", chosen.get(0).sessionId())
                : HistoryText.get("remove.many", chosen.size());
        return dialogs.confirmRemoval(HistoryText.get("remove.title"), text, HistoryText.get("remove.confirm"));
    }

    /** Forgets the sessions in this computer's list only; answers the list as it is afterwards. */
    Job<List<HistoryEntry>> removing(List<String> sessionIds) {
        List<String> ids = List.copyOf(sessionIds);
        return tasks.job(context -> {
            history.remove(ids);
            return history.list();
        });
    }
}
