package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Campaign tab's state: the campaigns, the one shown and its scenarios, the active scenario that tags every
 * session the form creates, and the campaign's sessions, followed until final and kept in the store as they
 * change. The numbers are in {@link CampaignMetricsModel}, the sessions list and its writes in
 * {@link CampaignSessionList}, the following of sessions still running in {@link CampaignSessionsInFlight}. FX
 * thread only; storage and polls go through the TaskRunner.
 */
public final class CampaignViewModel {

    private final TaskRunner tasks;
    private final CampaignStore store;
    private final Supplier<ConnectionSettings> currentConnection;
    private final String tester;
    private final Clock clock;
    private final CampaignSessionsInFlight inFlight;
    private final CampaignMetricsModel metrics = new CampaignMetricsModel();

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>(this, "campaign");
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> activeScenario = new SimpleObjectProperty<>(this, "activeScenario");
    private final CampaignSessionList sessionList;
    private final ObservableList<CampaignSession> sessions;
    private final ObjectProperty<CampaignSession> selected;
    private final StringProperty newCampaignName = new SimpleStringProperty(this, "newCampaignName", "");
    private final ReadOnlyStringWrapper campaignNameProblem = new ReadOnlyStringWrapper(this, "campaignNameProblem", "");
    private final StringProperty newScenarioName = new SimpleStringProperty(this, "newScenarioName", "");
    private final ObjectProperty<Expectation> newScenarioExpectation =
            new SimpleObjectProperty<>(this, "newScenarioExpectation", Expectation.BONA_FIDE);
    private final ReadOnlyStringWrapper scenarioNameProblem = new ReadOnlyStringWrapper(this, "scenarioNameProblem", "");
    private final ReadOnlyStringWrapper tagging = new ReadOnlyStringWrapper(this, "tagging", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private BooleanSupplier createSession = () -> false;

    public CampaignViewModel(TaskRunner tasks, Delayer delayer, CampaignStore store,
                             Function<ConnectionSettings, LivenessSessions> sessionsFor,
                             Supplier<ConnectionSettings> currentConnection, String tester, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks);
        this.store = Objects.requireNonNull(store);
        this.currentConnection = Objects.requireNonNull(currentConnection);
        this.tester = tester == null ? "" : tester;
        this.clock = Objects.requireNonNull(clock);
        this.sessionList = new CampaignSessionList(this, tasks, store, message::set);
        this.sessions = sessionList.sessions();
        this.selected = sessionList.selectedProperty();
        this.inFlight = new CampaignSessionsInFlight(tasks, delayer, sessionsFor, sessionList, message);
        campaign.addListener((obs, old, now) -> campaignChosen(old, now));
        activeScenario.addListener((obs, old, now) -> updateTagging());
        sessions.addListener((javafx.collections.ListChangeListener<CampaignSession>) change ->
                metrics.recompute(campaign.get(), sessions));
        updateTagging();
    }

    // ---- what the view binds ----------------------------------------------------------------------------------
    public ObservableList<Campaign> campaigns() { return campaigns; }
    public ObjectProperty<Campaign> campaignProperty() { return campaign; }
    public ObservableList<Scenario> scenarios() { return scenarios; }
    public ObjectProperty<Scenario> activeScenarioProperty() { return activeScenario; }
    public ObservableList<CampaignSession> sessions() { return sessions; }
    /** The session the row actions (and the sandbox's play strip) act on. */
    public ObjectProperty<CampaignSession> selectedProperty() { return selected; }
    public StringProperty newCampaignNameProperty() { return newCampaignName; }
    public ReadOnlyStringProperty campaignNameProblemProperty() { return campaignNameProblem.getReadOnlyProperty(); }
    public StringProperty newScenarioNameProperty() { return newScenarioName; }
    public ObjectProperty<Expectation> newScenarioExpectationProperty() { return newScenarioExpectation; }
    public ReadOnlyStringProperty scenarioNameProblemProperty() { return scenarioNameProblem.getReadOnlyProperty(); }
    /** "New sessions are tagged ..." or why they are not. */
    public ReadOnlyStringProperty taggingProperty() { return tagging.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public CampaignMetricsModel metrics() { return metrics; }

    /** Who writes the team records of new sessions to their bucket (the app's; none in tests that skip it). */
    public void setRecordSharing(RecordSharing recordSharing) {
        inFlight.shareThrough(recordSharing);
        recordSharing.sayThrough(message::set);
        sessionList.setOnChange(recordSharing::changedByTester, recordSharing::resultArrived);
    }

    /** How "Next" creates a session: the session form's own Create, so the form's settings and checks apply. */
    public void setSessionCreator(BooleanSupplier creator) {
        this.createSession = Objects.requireNonNull(creator);
    }

    // ---- actions ----------------------------------------------------------------------------------------------
    /** Reads the campaigns and shows the newest. */
    public void load() {
        tasks.job(context -> store.campaigns()).onSuccess(found -> {
            campaigns.setAll(found);
            if (campaign.get() == null && !found.isEmpty()) {
                campaign.set(found.get(found.size() - 1));
            }
        }).onFailure(error -> message.set(CampaignText.get("message.loadFailed", CampaignText.reason(error))))
                .start();
    }

    public boolean createCampaign() {
        String name = newCampaignName.get();
        Optional<String> problem = CampaignNames.problem(name)
                .or(() -> campaigns.stream().filter(c -> CampaignNames.same(c.name(), name)).findFirst()
                        .map(c -> CampaignText.get("campaign.duplicate", c.name())));
        campaignNameProblem.set(problem.orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        Campaign created = Campaign.started(name, clock.instant());
        save(created, () -> {
            campaigns.add(created);
            campaign.set(created);
            newCampaignName.set("");
            message.set(CampaignText.get("message.campaignCreated", created.name()));
        });
        return true;
    }

    public boolean addScenario() {
        Campaign current = campaign.get();
        if (current == null) {
            scenarioNameProblem.set(CampaignText.get("scenario.noCampaign"));
            return false;
        }
        Optional<String> problem = current.scenarioNameProblem(newScenarioName.get());
        scenarioNameProblem.set(problem.orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        Scenario added = new Scenario(newScenarioName.get(), newScenarioExpectation.get());
        Campaign grown = current.withScenario(added);
        save(grown, () -> {
            campaigns.replaceAll(c -> CampaignNames.same(c.name(), grown.name()) ? grown : c);
            replaceCampaign(grown);
            activeScenario.set(grown.scenario(added.name()).orElseThrow());
            newScenarioName.set("");
        });
        return true;
    }

    /** "Next": creates the next session of the active scenario with the form's settings. */
    public boolean next() {
        if (campaign.get() == null || activeScenario.get() == null) {
            message.set(CampaignText.get("message.pickScenario"));
            return false;
        }
        boolean started = createSession.getAsBoolean();
        if (!started) {
            message.set(CampaignText.get("message.formRefused"));
        }
        return started;
    }

    /** A session the form created: tagged with the active scenario (if any) and followed; false when untagged. */
    public boolean sessionCreated(ConnectionSettings connection, CreatedSession created) {
        Campaign current = campaign.get();
        Scenario scenario = activeScenario.get();
        if (current == null || scenario == null) {
            return false;
        }
        inFlight.tagged(CampaignSession.tagged(created, current.name(), scenario.name(), tester), connection, created,
                scenario);
        return true;
    }

    /** Counts a session under another scenario, with the tester's reason. */
    public void retag(CampaignSession session, Scenario scenario, String note) {
        sessionList.retag(session, scenario, note);
    }

    /** Takes a session out of the metrics (or back in), with the tester's reason. */
    public void setExcluded(CampaignSession session, boolean excluded, String note) {
        sessionList.setExcluded(session, excluded, note);
    }

    /** Shows a line under the tab (the export's progress and outcome). */
    void say(String text) {
        message.set(text == null ? "" : text);
    }

    /** Asks for every session in flight now (after a sandbox play). */
    public void checkNow() {
        inFlight.checkNow();
    }

    public void dispose() {
        inFlight.stopAll();
    }

    // ---- inside -------------------------------------------------------------------------------------------------
    private void campaignChosen(Campaign old, Campaign now) {
        boolean sameCampaign = old != null && now != null && CampaignNames.same(old.name(), now.name());
        scenarios.setAll(now == null ? List.of() : now.scenarios());
        if (!sameCampaign) {
            inFlight.stopAll();
            activeScenario.set(scenarios.isEmpty() ? null : scenarios.get(0));
            sessions.clear();
            selected.set(null);
            if (now != null) {
                loadSessions(now);
            }
        }
        metrics.recompute(now, sessions);
        updateTagging();
    }

    private void replaceCampaign(Campaign grown) {
        Scenario active = activeScenario.get();
        campaign.set(grown);
        activeScenario.set(active == null ? null : grown.scenario(active.name()).orElse(null));
    }

    private void loadSessions(Campaign chosen) {
        tasks.job(context -> store.sessionsOf(chosen.name())).onSuccess(found -> {
            if (campaign.get() == null || !CampaignNames.same(campaign.get().name(), chosen.name())) {
                return;
            }
            sessions.setAll(found);
            ConnectionSettings connection = currentConnection.get();
            if (connection != null) {
                inFlight.followUnfinished(found, connection);
            }
        }).onFailure(error -> message.set(CampaignText.get("message.loadFailed", CampaignText.reason(error))))
                .start();
    }

    private void save(Campaign toSave, Runnable then) {
        tasks.job(context -> {
            store.save(toSave);
            return toSave;
        }).onSuccess(saved -> then.run())
                .onFailure(error -> message.set(CampaignText.get("message.saveFailed", CampaignText.reason(error))))
                .start();
    }

    private void updateTagging() {
        Campaign current = campaign.get();
        Scenario scenario = activeScenario.get();
        String counted = current == null ? CampaignText.get("tagging.noCampaign")
                : scenario == null ? CampaignText.get("tagging.noScenario", current.name())
                : CampaignText.get("tagging.active", scenario.name(), scenario.expectation().label(), current.name());
        // A store working on a copy in memory forgets what is tagged now: said where tagging is said.
        tagging.set(counted + store.notKeptBecause().map(why -> " " + CampaignText.get("tagging.notKept", why))
                .orElse(""));
    }
}
