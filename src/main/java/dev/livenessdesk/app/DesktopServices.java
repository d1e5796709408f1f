package dev.livenessdesk.app;

import dev.livenessdesk.core.activity.TrailEventCache;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.check.CheckPageHost;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.erasure.ErasureJournal;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.settings.PreferencesStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.ui.common.Browser;
import dev.livenessdesk.ui.common.TaskRunner;

/**
 * What the desktop window stands on: the backend and every service its screens share. The app builds these once
 * (in {@link WorldSwitch}, again on each switch of backend); tests and benchmarks build their own, and the shorter
 * constructors fill in what they leave out with something that keeps nothing beyond the window.
 */
public record DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history,
                              TaskRunner tasks, Browser browser, boolean showNotifications, CheckPageHost checkPages,
                              CampaignStore campaigns, SwitchOffer switching, ErasureJournal erasureJournal,
                              ReviewKeeping reviews, TrailEventCache trailCache) {

    /** Nothing of CloudTrail kept between reads (tests and benchmarks that build one window). */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications, CheckPageHost checkPages,
                           CampaignStore campaigns, SwitchOffer switching, ErasureJournal erasureJournal,
                           ReviewKeeping reviews) {
        this(backend, preferences, history, tasks, browser, showNotifications, checkPages, campaigns, switching,
                erasureJournal, reviews, TrailEventCache.NONE);
    }

    /** Reviews and the viewing log in a database of their own in memory (tests that build one window). */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications, CheckPageHost checkPages,
                           CampaignStore campaigns, SwitchOffer switching, ErasureJournal erasureJournal) {
        this(backend, preferences, history, tasks, browser, showNotifications, checkPages, campaigns, switching,
                erasureJournal, ReviewKeeping.inMemory());
    }

    /** The erasure journal in a database of its own in memory (tests and benchmarks that build one window). */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications, CheckPageHost checkPages,
                           CampaignStore campaigns, SwitchOffer switching) {
        this(backend, preferences, history, tasks, browser, showNotifications, checkPages, campaigns, switching,
                new SqliteErasureJournal(LocalDatabase.forSandbox()));
    }

    /** No switch to the other backend offered in the bar (tests and benchmarks that build one window). */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications, CheckPageHost checkPages,
                           CampaignStore campaigns) {
        this(backend, preferences, history, tasks, browser, showNotifications, checkPages, campaigns,
                SwitchOffer.NONE);
    }

    /** Campaigns kept in memory only, for as long as the window (tests and benchmarks). */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications, CheckPageHost checkPages) {
        this(backend, preferences, history, tasks, browser, showNotifications, checkPages,
                new InMemoryCampaignStore());
    }

    /** Without a check page host: "Run the check here" then says the page is not available. */
    public DesktopServices(Backend backend, PreferencesStore preferences, SessionHistoryStore history, TaskRunner tasks,
                           Browser browser, boolean showNotifications) {
        this(backend, preferences, history, tasks, browser, showNotifications, CheckPageHost.NONE);
    }
}
