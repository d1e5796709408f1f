package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.TaskHandle;
import dev.livenessdesk.ui.common.TaskRunner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Follows every campaign session still in flight at once: each round asks for the results of all of them in
 * parallel (one job each, through the TaskRunner), hands every answer on, and drops a session once its status is
 * final. Rounds are {@value #ROUND_SECONDS} s apart, longer after a throttle. Touch it on the FX thread only.
 */
final class CampaignFollower {

    static final int ROUND_SECONDS = 3;
    private static final Duration ROUND = Duration.ofSeconds(ROUND_SECONDS);
    private static final Duration AFTER_THROTTLE = Duration.ofSeconds(15);

    private final TaskRunner tasks;
    private final Delayer delayer;
    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;
    private final BiConsumer<String, SessionResults> onResults;
    private final BiConsumer<String, ServiceException> onFailure;
    private final Map<String, ConnectionSettings> followed = new LinkedHashMap<>();
    private final Map<String, TaskHandle> asking = new LinkedHashMap<>();
    private TaskHandle nextRound = TaskHandle.DONE;
    private boolean throttled;

    CampaignFollower(TaskRunner tasks, Delayer delayer, Function<ConnectionSettings, LivenessSessions> sessionsFor,
                     BiConsumer<String, SessionResults> onResults, BiConsumer<String, ServiceException> onFailure) {
        this.tasks = Objects.requireNonNull(tasks);
        this.delayer = Objects.requireNonNull(delayer);
        this.sessionsFor = Objects.requireNonNull(sessionsFor);
        this.onResults = Objects.requireNonNull(onResults);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** Starts following a session on the connection it was created with; asks at once. */
    void follow(String sessionId, ConnectionSettings connection) {
        followed.put(sessionId, Objects.requireNonNull(connection));
        ask(sessionId);
        scheduleRound();
    }

    /** Asks for every followed session now (after a sandbox play, or "Check now"). */
    void checkNow() {
        List.copyOf(followed.keySet()).forEach(this::ask);
        scheduleRound();
    }

    boolean isFollowing(String sessionId) {
        return followed.containsKey(sessionId);
    }

    int followedCount() {
        return followed.size();
    }

    /** Stops every poll, as the campaign changes or the window closes. */
    void stopAll() {
        nextRound.cancel();
        asking.values().forEach(TaskHandle::cancel);
        asking.clear();
        followed.clear();
    }

    private void scheduleRound() {
        if (!nextRound.isDone() || followed.isEmpty()) {
            return;
        }
        Duration wait = throttled ? AFTER_THROTTLE : ROUND;
        throttled = false;
        nextRound = delayer.schedule(wait, () -> {
            List.copyOf(followed.keySet()).forEach(this::ask);
            scheduleRound();
        });
    }

    private void ask(String sessionId) {
        TaskHandle running = asking.get(sessionId);
        ConnectionSettings connection = followed.get(sessionId);
        if (connection == null || (running != null && !running.isDone())) {
            return;
        }
        asking.put(sessionId, tasks.job(context -> sessionsFor.apply(connection).results(sessionId))
                .onSuccess(results -> {
                    asking.remove(sessionId);
                    if (results.status().isFinal()) {
                        followed.remove(sessionId);
                    }
                    onResults.accept(sessionId, results);
                })
                .onFailure(error -> {
                    asking.remove(sessionId);
                    if (error instanceof ServiceException failure) {
                        throttled |= failure.error().kind() == ErrorKind.THROTTLED;
                        if (failure.error().kind() == ErrorKind.SESSION_NOT_FOUND) {
                            followed.remove(sessionId);
                        }
                        onFailure.accept(sessionId, failure);
                    } else {
                        onFailure.accept(sessionId, null);
                    }
                })
                .onCancelled(() -> asking.remove(sessionId))
                .start());
    }
}
