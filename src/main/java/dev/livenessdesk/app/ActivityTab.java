package dev.livenessdesk.app;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.setup.ClockOffset;
import dev.livenessdesk.ui.activity.ActivityPaneView;
import dev.livenessdesk.settings.AthenaPreference;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.ui.activity.ActivityViewModel;
import dev.livenessdesk.ui.activity.AthenaSettingViewModel;
import dev.livenessdesk.ui.activity.TimelineViewModel;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.core.activity.ActivityReport;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Platform;

/**
 * Assembles the Activity tab on the window's connection: the trail of the connection in use (what is read kept in
 * the local database), its S3 and Face Liveness for a timeline. Kept out of {@link DesktopWindow} so the window's
 * class stays the list of its screens.
 */
final class ActivityTab {

    private final ActivityViewModel activity;
    private final TimelineViewModel timeline;

    ActivityTab(Backend backend, TaskRunner tasks, TrailEventCache cache, ActiveConnection active,
                PreferencesStore preferences) {
        Clock clock = Clock.systemDefaultZone();
        AthenaPreference kept = preferences.current().activityAthena();
        AthenaSettingViewModel athena = new AthenaSettingViewModel(new AthenaSettingViewModel.Setting(kept.isOn(),
                kept.tableOrEmpty(), kept.outputOrEmpty()), setting -> tasks.job(context -> {
                    preferences.update(current -> current.withActivityAthena(new AthenaPreference(setting.use(),
                            setting.table(), setting.output())));
                    return setting;
                }).start());
        ActivityViewModel.TrailChoice trail = table -> table.isPresent()
                ? backend.athenaTrail(active.getConnection(), table.get())
                : backend.trailEvents(active.getConnection(), cache);
        activity = new ActivityViewModel(tasks, trail, athena, clock, Platform::runLater);
        timeline = new TimelineViewModel(tasks, new TimelineViewModel.Sources(
                // A timeline reads where the tab reads: through Athena while it is chosen and usable.
                () -> trail.trail(athena.usable()),
                () -> backend.imageStore(active.getConnection()),
                () -> backend.livenessSessions(active.getConnection()),
                () -> active.getConnection().region(),
                () -> ClockOffset.measure(backend, active.getConnection())), ClipboardService.system(), clock);
    }

    ActivityPaneView view() {
        return new ActivityPaneView(activity, timeline);
    }

    /** The window the tab shows now, as far as it was read: the Review tab's Activity source. */
    Optional<ActivityReport> shownReport() {
        return activity.shownReport();
    }

    /** Where the timeline's "Erase this session..." leads. */
    void onErase(TimelineViewModel.EraseRequest request) {
        timeline.setOnErase(request);
    }

    /** Opens a session's timeline (the History and Images tabs link here). */
    void openTimeline(String sessionId) {
        timeline.open(sessionId);
    }
}
