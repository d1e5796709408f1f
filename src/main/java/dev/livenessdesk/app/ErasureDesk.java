package dev.livenessdesk.app;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.ui.erasure.ErasureDialog;
import dev.livenessdesk.ui.erasure.ErasureServices;
import dev.livenessdesk.ui.erasure.ErasureViewModel;
import dev.livenessdesk.ui.history.HistoryViewModel;
import dev.livenessdesk.ui.viewer.ImageViewerViewModel;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Stage;

/**
 * Where "Erase this session" and "Purge by age" lead, from the History, Images and Activity tabs: a fresh erasure dialog
 * each time, and both tabs listed again when it closes, so nothing erased stays on screen.
 */
final class ErasureDesk {

    private final Stage owner;
    private final TaskRunner tasks;
    private final ErasureServices services;
    private final ActiveConnection active;

    ErasureDesk(Stage owner, TaskRunner tasks, ErasureServices services, ActiveConnection active) {
        this.owner = owner;
        this.tasks = tasks;
        this.services = services;
        this.active = active;
    }

    void join(HistoryViewModel history, ImageViewerViewModel viewer) {
        Runnable afterwards = relisting(history, viewer);
        history.setOnErase(entry -> open(dialog -> dialog.openSession(owner, connectionOf(entry),
                entry.bucket().orElseThrow(), entry.keyPrefix(), entry.sessionId()), afterwards));
        history.setOnPurge(entry -> open(dialog -> dialog.openPurge(owner, active.getConnection(),
                entry.flatMap(HistoryEntry::bucket).orElse(""), entry.map(HistoryEntry::keyPrefix).orElse("")),
                afterwards));
        viewer.setOnErase((connection, bucket, prefix, sessionId) -> open(dialog -> dialog.openSession(owner,
                connection, bucket, prefix, sessionId), afterwards));
    }

    /** The Activity tab's timeline erases the session it shows, in the bucket its record named. */
    void join(ActivityTab activity, HistoryViewModel history, ImageViewerViewModel viewer) {
        join(history, viewer);
        activity.onErase((bucket, prefix, sessionId) -> open(dialog -> dialog.openSession(owner,
                active.getConnection(), bucket, prefix, sessionId), relisting(history, viewer)));
    }

    /** After a dialog closes both lists are read again, so nothing erased stays on screen. */
    private static Runnable relisting(HistoryViewModel history, ImageViewerViewModel viewer) {
        return () -> {
            history.load();
            viewer.refresh();
        };
    }

    /** A session lives in the region it was created in, whatever region the bar shows now. */
    private ConnectionSettings connectionOf(HistoryEntry entry) {
        ConnectionSettings current = active.getConnection();
        return Optional.ofNullable(current).map(c -> c.withRegion(entry.region()))
                .orElseGet(() -> ConnectionSettings.of(entry.profile().orElse(null), entry.region()));
    }

    private void open(Function<ErasureDialog, Stage> opening, Runnable afterwards) {
        ErasureDialog dialog = new ErasureDialog(new ErasureViewModel(tasks, services, Clock.systemUTC()),
                ClipboardService.system());
        Stage shown = opening.apply(dialog);
        shown.setOnHidden(event -> afterwards.run());
    }
}
