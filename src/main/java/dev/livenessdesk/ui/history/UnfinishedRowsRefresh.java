package dev.livenessdesk.ui.history;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Asks the service again about the history's sessions that were left CREATED or IN_PROGRESS (the window closed, or
 * the user moved on while the check ran), so their rows say how they ended. Bounded: the newest
 * {@link #MOST_ROWS} unfinished sessions per showing, one call at a time in the background, each given
 * {@link #PER_CALL} before it is cancelled and the next one asked. A session that cannot be asked (gone, no
 * connection) keeps its row as it was. Every method runs on the FX thread.
 */
public final class UnfinishedRowsRefresh {

    /** At most this many rows are asked about each time the tab is shown, newest first. */
    public static final int MOST_ROWS = 10;
    /** One call's time before it is given up. */
    public static final Duration PER_CALL = Duration.ofSeconds(10);

    private final TaskRunner tasks;
    private final Delayer delayer;
    private final SessionHistoryStore history;
    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;
    private final Consumer<HistoryEntry> onUpdated;
    private boolean running;

    /** @param onUpdated takes each row that changed, on the FX thread (the history's {@code upsert}) */
    public UnfinishedRowsRefresh(TaskRunner tasks, Delayer delayer, SessionHistoryStore history,
                                 Function<ConnectionSettings, LivenessSessions> sessionsFor,
                                 Consumer<HistoryEntry> onUpdated) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.history = Objects.requireNonNull(history, "history");
        this.sessionsFor = Objects.requireNonNull(sessionsFor, "sessionsFor");
        this.onUpdated = Objects.requireNonNull(onUpdated, "onUpdated");
    }

    /** Refreshes each time {@code shown} turns true (the History tab is selected). */
    public UnfinishedRowsRefresh whenShown(ObservableBooleanValue shown) {
        shown.addListener((obs, was, now) -> {
            if (now) {
                refresh();
            }
        });
        return this;
    }

    /** Reads the history and asks about its unfinished sessions; does nothing while a refresh still runs. */
    public void refresh() {
        if (running) {
            return;
        }
        running = true;
        tasks.job(context -> unfinishedIn(history.list()))
                .onSuccess(unfinished -> askNext(new ArrayDeque<>(unfinished)))
                .onFailure(error -> running = false)
                .onCancelled(() -> running = false)
                .start();
    }

    /** True while rows are being asked about. */
    public boolean isRunning() {
        return running;
    }

    static List<HistoryEntry> unfinishedIn(List<HistoryEntry> entries) {
        return entries.stream()
                .filter(entry -> !SessionStatus.fromWire(entry.lastStatus()).isFinal())
                .limit(MOST_ROWS)
                .toList();
    }

    private void askNext(Deque<HistoryEntry> left) {
        HistoryEntry entry = left.poll();
        if (entry == null) {
            running = false;
            return;
        }
        TaskHandle[] deadline = {TaskHandle.DONE};
        TaskHandle call = tasks.job(context -> ask(entry))
                .onSuccess(updated -> {
                    deadline[0].cancel();
                    updated.ifPresent(onUpdated);
                    askNext(left);
                })
                .onFailure(error -> {
                    deadline[0].cancel();
                    askNext(left);
                })
                .onCancelled(() -> askNext(left))
                .start();
        if (!call.isDone()) {
            deadline[0] = delayer.schedule(PER_CALL, call::cancel);
        }
    }

    /** Blocks: one results call, noted in the history; empty when nothing in the row changed. */
    private Optional<HistoryEntry> ask(HistoryEntry entry) throws Exception {
        SessionResults answer = sessionsFor.apply(HistoryViewModel.connectionOf(entry)).results(entry.sessionId());
        return history.updateResult(entry.sessionId(), answer).filter(updated -> !updated.equals(entry));
    }
}
