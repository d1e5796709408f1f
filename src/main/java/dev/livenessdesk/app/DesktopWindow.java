package dev.livenessdesk.app;

import dev.livenessdesk.core.DeskVersion;
import dev.livenessdesk.core.connection.Backend;
import dev.livenessdesk.core.connection.EndpointResolver;
import dev.livenessdesk.core.setup.SetupSource;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.settings.UserPreferences;
import dev.livenessdesk.settings.WindowBounds;
import dev.livenessdesk.ui.campaign.AlertShareConfirmation;
import dev.livenessdesk.ui.activity.ActivityPaneView;
import dev.livenessdesk.ui.campaign.CampaignPaneView;
import dev.livenessdesk.ui.campaign.CampaignViewModel;
import dev.livenessdesk.ui.campaign.RecordSharing;
import dev.livenessdesk.ui.campaign.SharingConsent;
import dev.livenessdesk.ui.common.ActiveConnection;
import dev.livenessdesk.ui.common.SaveFileChooser;
import dev.livenessdesk.ui.common.ControlsFxNotifier;
import dev.livenessdesk.ui.common.FxDelayer;
import dev.livenessdesk.ui.common.Notifier;
import dev.livenessdesk.ui.common.TaskRunner;
import dev.livenessdesk.ui.common.ClipboardService;
import dev.livenessdesk.ui.connection.AlertEndpointConfirmation;
import dev.livenessdesk.ui.connection.BackendSwitchViewModel;
import dev.livenessdesk.ui.connection.ConnectionBarView;
import dev.livenessdesk.ui.connection.ConnectionBarViewModel;
import dev.livenessdesk.ui.connection.ConnectionChoiceViewModel;
import dev.livenessdesk.ui.display.DisplayMenu;
import dev.livenessdesk.ui.display.DisplayViewModel;
import dev.livenessdesk.ui.history.FxHistoryDialogs;
import dev.livenessdesk.ui.history.HistoryPaneView;
import dev.livenessdesk.ui.history.HistoryViewModel;
import dev.livenessdesk.ui.history.UnfinishedRowsRefresh;
import dev.livenessdesk.ui.main.MainWindowView;
import dev.livenessdesk.ui.review.ReviewPaneView;
import dev.livenessdesk.ui.review.ReviewViewModel;
import dev.livenessdesk.ui.results.ResultsViewModel;
import dev.livenessdesk.ui.session.SessionFormView;
import dev.livenessdesk.ui.session.SessionFormViewModel;
import dev.livenessdesk.ui.setup.CheckSetup;
import dev.livenessdesk.ui.setup.SetupChecklistViewModel;
import dev.livenessdesk.ui.viewer.ImageViewerView;
import dev.livenessdesk.ui.viewer.ImageViewerViewModel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import dev.livenessdesk.ui.erasure.ErasureServices;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window with every screen in it, built from the app's services: the same assembly runs in the app and
 * in the end-to-end tests, which hand it a sandbox or stand-in backend.
 */
public final class DesktopWindow {

    private final Stage stage;
    private final DesktopServices services;
    private final MainWindowView mainWindow = new MainWindowView();
    private final ConnectionBarViewModel bar;
    private final ConnectionBarView connectionBar;
    private final SessionFormViewModel form;
    private final SessionFormView sessionForm;
    private final ResultTab resultTab;
    private final CampaignViewModel campaign;
    private final ReviewViewModel review;
    private final BackendSwitchViewModel backendSwitch;
    private final Workspace workspace;
    private final List<BuiltAfterFirstFrame> hiddenAtStart;

    public DesktopWindow(Stage stage, DesktopServices services) {
        this.stage = stage;
        this.services = services;
        Backend backend = services.backend();
        TaskRunner tasks = services.tasks();
        // The one connection: the bar's chooser holds its only writer, every other screen reads it.
        ActiveConnection active = new ActiveConnection(backend.isSandbox());
        UserPreferences remembered = services.preferences().current();
        // The theme and text size first, so every view below is styled once, as it will be shown.
        DisplayViewModel display = DisplayViewModel.followingTheSystem(services.preferences(), tasks);
        DisplayMenu.applyAndFollow(display);
        bar = new ConnectionBarViewModel(active.claimWriter(), new ConnectionBarViewModel.Services(backend, tasks,
                services.browser(), ClipboardService.system(), new AlertEndpointConfirmation(stage),
                endpointsOf(backend), Clock.systemUTC(), Platform::runLater), rememberedChoice(remembered, backend.isSandbox()));
        connectionBar = new ConnectionBarView(bar);

        CheckSetup checkSetup = new CheckSetup(stage, tasks, SetupSource.of(backend), Optional.of(
                new SetupChecklistViewModel.RetentionFix(backend::retentionRules, Clock.systemUTC(), DeskVersion.get())));
        Notifier notifier = services.showNotifications()
                ? new AwayNotifier(new ControlsFxNotifier(() -> stage), stage::isFocused) : Notifier.SILENT;
        form = new SessionFormViewModel(new SessionFormViewModel.Services(tasks,
                checkSetup.watching(backend::livenessSessions),
                services.preferences(), ClipboardService.system(), notifier, Clock.systemDefaultZone()), active,
                bar.choice()::chooseRegion);
        sessionForm = new SessionFormView(form);
        connectionBar.extraActions().getChildren().add(checkSetup.button(() -> setupTarget(active)));
        // Last in the bar (or in the sandbox banner): the move to the other backend, without a restart.
        backendSwitch = new BackendSwitchViewModel(services.switching().backendSwitch(), backend.isSandbox(), tasks,
                services.switching().confirmation().apply(stage), this::workAtStake);
        connectionBar.offerSwitch(backendSwitch);

        resultTab = new ResultTab(stage, services);
        ResultsViewModel results = resultTab.results();
        ImageViewerViewModel viewer = new ImageViewerViewModel(tasks, backend::imageStore, ClipboardService.system(),
                SaveFileChooser.dialog(() -> stage, mainWindow.title()));
        viewer.setSessionRecords(backend::sessionRecords);
        sessionForm.sessionActions().getChildren().add(resultTab.runCheckButton());
        HistoryViewModel history = new HistoryViewModel(tasks, services.history(), new FxHistoryDialogs(() -> stage));

        mainWindow.load();
        // The quiet setup check's window leaves the session's 3 minutes to start in sight.
        checkSetup.keepClearOf(() -> java.util.stream.Stream.of("#checkCountdown", "#countdownLabel")
                .map(id -> mainWindow.root().lookup(id)).filter(java.util.Objects::nonNull).toList());
        mainWindow.setConnectionBar(connectionBar.root());
        mainWindow.setSessionForm(sessionForm.root(), sessionForm.actionBar());
        mainWindow.setOnNewSession(sessionForm::startNew);
        mainWindow.addStatusAction(DisplayMenu.create(display));
        // The tabs behind the first one are built after the window's first frame (start-up, bench/startup).
        BuiltAfterFirstFrame images = new BuiltAfterFirstFrame(() -> new ImageViewerView(viewer,
                mainWindow.tabShown("imagesTab")).load());
        BuiltAfterFirstFrame historyPane = new BuiltAfterFirstFrame(() -> new HistoryPaneView(history,
                mainWindow.tabShown("historyTab")).load());
        campaign = new CampaignViewModel(tasks, new FxDelayer(), services.campaigns(), backend::livenessSessions,
                active::getConnection, System.getProperty("user.name", ""), Clock.systemUTC());
        campaign.setRecordSharing(new RecordSharing(tasks, backend::sessionRecords, new SharingConsent(tasks,
                services.preferences(), new AlertShareConfirmation(() -> stage)), services.campaigns(),
                active::getConnection));
        BuiltAfterFirstFrame campaignPane = new BuiltAfterFirstFrame(() -> CampaignTab.build(stage, mainWindow.title(),
                services, campaign, form, () -> bar.choice().connectionSummary().get(), active,
                ReviewTab.sections(services, active)));
        ActivityTab activity = new ActivityTab(backend, tasks, services.trailCache(), active,
                services.preferences());
        java.util.function.Consumer<String> openTimeline = sessionId -> {
            mainWindow.showTab("activityTab");
            activity.openTimeline(sessionId);
        };
        history.setOnTimeline(openTimeline);
        viewer.setOnTimeline(openTimeline);
        review = ReviewTab.model(services, active, form, results.verdict().passMarkProperty(),
                activity::shownReport);
        BuiltAfterFirstFrame reviewPane = new BuiltAfterFirstFrame(() -> ReviewTab.build(stage, mainWindow.title(),
                services, review));
        BuiltAfterFirstFrame activityPane = new BuiltAfterFirstFrame(() -> activity.view().load());
        hiddenAtStart = List.of(images, historyPane, campaignPane, reviewPane, activityPane);
        mainWindow.showWorkspace(resultTab.build(), images, historyPane);
        // Rows left CREATED or IN_PROGRESS learn how their session ended each time the tab is shown.
        new UnfinishedRowsRefresh(tasks, new FxDelayer(), services.history(), backend::livenessSessions,
                history::upsert).whenShown(mainWindow.tabShown("historyTab"));
        mainWindow.addTab("campaignTab", CampaignPaneView.TAB_TITLE, Feather.BAR_CHART_2, campaignPane);
        mainWindow.addTab("reviewTab", ReviewPaneView.TAB_TITLE, Feather.CHECK_SQUARE, reviewPane);
        mainWindow.addTab("activityTab", ActivityPaneView.TAB_TITLE, Feather.LIST, activityPane);
        mainWindow.showConnection(bar.choice().connectionSummary(), backend.isSandbox());
        workspace = new Workspace(active, bar.choice()::chooseRegion, mainWindow, form, results, viewer, history,
                resultTab.checkDesk());
        new ErasureDesk(stage, tasks, new ErasureServices(backend::erasureTarget, services.history(),
                services.campaigns(), services.reviews().rows(), services.erasureJournal(), DeskVersion.get()), active)
                .join(activity, history, viewer);
        workspace.joinCampaigns(campaign, form);
    }

    /** Where calls go when no override is typed: AWS_ENDPOINT_URL_* and the profiles; the sandbox sends none. */
    private static EndpointResolver endpointsOf(Backend backend) {
        return backend.isSandbox() ? EndpointResolver.NONE : new EndpointResolver(System.getenv(), backend.profiles());
    }

    /** The sandbox has its own one profile: an AWS choice remembered from last time is not tried there. */
    private static ConnectionChoiceViewModel.Remembered rememberedChoice(UserPreferences remembered,
                                                                         boolean sandbox) {
        return sandbox ? ConnectionChoiceViewModel.Remembered.NOTHING
                : new ConnectionChoiceViewModel.Remembered(Optional.ofNullable(remembered.profile()),
                        remembered.rememberedRegion());
    }

    /** Shows the window where it was last time, then reads the profiles and opens the last bucket. */
    public void show() {
        stage.setTitle(mainWindow.title() + (services.backend().isSandbox() ? " \u2014 Sandbox (offline)" : ""));
        // A switch between the sandbox and AWS rebuilds the window in a stage already showing: it stays put.
        boolean replacing = stage.isShowing();
        WindowBounds where = WindowPlacement.capture(stage);
        stage.setScene(new Scene(mainWindow.root()));
        stage.setMinWidth(980);
        stage.setMinHeight(620);
        if (replacing) {
            WindowPlacement.keep(stage, where);
        } else {
            WindowPlacement.restore(stage, services.preferences().current().windowBounds());
        }
        stage.setOnHidden(event -> services.preferences().update(this::rememberedIn));
        stage.show();
        BuiltAfterFirstFrame.afterFirstFrame(hiddenAtStart);

        bar.start();
        UserPreferences remembered = services.preferences().current();
        workspace.browseRemembered(remembered.bucket(), remembered.keyPrefix());
    }

    /** What this window remembers for the next run: the form, where the window is, the pass mark, the hand-off. */
    public UserPreferences rememberedIn(UserPreferences current) {
        return form.rememberIn(settingsIn(current));
    }

    /** Only what holds in either backend: where the window is, the pass mark, the hand-off link. */
    public UserPreferences settingsIn(UserPreferences current) {
        return resultTab.settingsIn(current.withWindow(WindowPlacement.capture(stage)));
    }

    /**
     * What a switch to the other backend would drop: a create or a check in flight, a session being followed, and
     * in the sandbox any session made, since its sessions live only in memory.
     */
    private boolean workAtStake() {
        boolean inFlight = form.phaseProperty().get() == SessionFormViewModel.Phase.CREATING
                || resultTab.workInFlight();
        String shown = resultTab.results().sessionIdProperty().get();
        return inFlight || services.backend().isSandbox()
                && (form.lastCreatedProperty().get() != null || shown != null && !shown.isEmpty());
    }

    /** What "Check setup" checks: the connection in use and the form's bucket, prefix and KMS key. */
    private Optional<SetupTarget> setupTarget(ActiveConnection active) {
        return Optional.ofNullable(active.getConnection()).map(connection -> new SetupTarget(connection,
                Optional.ofNullable(form.bucketProperty().get()), form.keyPrefixProperty().get(),
                Optional.ofNullable(form.kmsKeyIdProperty().get())));
    }

    public void dispose() {
        hiddenAtStart.forEach(BuiltAfterFirstFrame::discard);
        backendSwitch.dispose();
        campaign.dispose();
        review.dispose();
        sessionForm.dispose();
        connectionBar.dispose();
        resultTab.dispose();
    }
}
