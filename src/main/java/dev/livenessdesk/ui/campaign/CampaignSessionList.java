package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shown campaign's sessions and the selected one, each change written to the store as it happens (a new
 * tag, a retag, an exclusion, a result that came in). Kept apart from {@link CampaignViewModel}, which chooses the
 * campaign and scenario, because keeping one list, its selection and the store in step is a job of its own.
 * FX thread only; the writes go through the TaskRunner.
 */
final class CampaignSessionList {

    private final TaskRunner tasks;
    private final CampaignStore store;
    private final Consumer<String> say;
    private final ObservableList<CampaignSession> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignSession> selected;
    private Consumer<CampaignSession> onTesterChange = session -> { };
    private Consumer<CampaignSession> onServiceChange = session -> { };

    /**
     * @param owner the bean the selection property names, for the view's bindings
     * @param say   shows a line under the tab (why a write failed)
     */
    CampaignSessionList(Object owner, TaskRunner tasks, CampaignStore store, Consumer<String> say) {
        this.tasks = Objects.requireNonNull(tasks);
        this.store = Objects.requireNonNull(store);
        this.say = Objects.requireNonNull(say);
        this.selected = new SimpleObjectProperty<>(owner, "selected");
    }

    ObservableList<CampaignSession> sessions() {
        return sessions;
    }

    ObjectProperty<CampaignSession> selectedProperty() {
        return selected;
    }

    /**
     * Told of every change after a session was added (the record sharing writes it again), apart by who made it:
     * the tester (a retag, an exclusion) or the service (a result).
     */
    void setOnChange(Consumer<CampaignSession> byTester, Consumer<CampaignSession> byService) {
        this.onTesterChange = Objects.requireNonNull(byTester);
        this.onServiceChange = Objects.requireNonNull(byService);
    }

    /** A session just tagged here: listed, selected and stored. */
    void added(CampaignSession tagged) {
        upsert(tagged);
        selected.set(tagged);
        persist(tagged);
    }

    /** The tester changed a session: its row (and the selection, if it is the one) shows it, the store keeps it. */
    void change(CampaignSession updated) {
        show(updated);
        onTesterChange.accept(updated);
    }

    /** Counts a session under another scenario, with the tester's reason; nothing for the scenario it has. */
    void retag(CampaignSession session, Scenario scenario, String note) {
        if (session == null || scenario == null || CampaignNames.same(session.scenarioName(), scenario.name())) {
            return;
        }
        change(session.retagged(scenario.name(), blankToNull(note)));
    }

    /** Takes a session out of the metrics (or back in), with the tester's reason. */
    void setExcluded(CampaignSession session, boolean excluded, String note) {
        if (session == null || session.excluded() == excluded) {
            return;
        }
        change(session.withExcluded(excluded, blankToNull(note)));
    }

    /** A poll's answer for one of the sessions: stored only when it changes what is known. */
    void resultsArrived(String sessionId, SessionResults results) {
        find(sessionId).ifPresent(session -> {
            CampaignSession updated = session.withResult(results.rawStatus(), results.confidence(), results.feedbackCodes());
            if (!updated.equals(session)) {
                show(updated);
                onServiceChange.accept(updated);
            }
        });
    }

    private void show(CampaignSession updated) {
        upsert(updated);
        if (selected.get() != null && selected.get().sessionId().equals(updated.sessionId())) {
            selected.set(updated);
        }
        persist(updated);
    }

    private void upsert(CampaignSession session) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).sessionId().equals(session.sessionId())) {
                sessions.set(i, session);
                return;
            }
        }
        sessions.add(session);
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note;
    }

    private Optional<CampaignSession> find(String sessionId) {
        return sessions.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst();
    }

    private void persist(CampaignSession session) {
        tasks.job(context -> {
            store.save(session);
            return session;
        }).onFailure(error -> say.accept(CampaignText.get("message.saveFailed", CampaignText.reason(error))))
                .start();
    }
}
