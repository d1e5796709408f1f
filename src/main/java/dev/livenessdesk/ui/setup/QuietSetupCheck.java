package dev.livenessdesk.ui.setup;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.AttemptListener;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.core.session.SessionSettings;
import dev.livenessdesk.core.setup.SetupChecker;
import dev.livenessdesk.core.setup.SetupRun;
import dev.livenessdesk.core.setup.SetupTarget;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The quiet setup check: the first time a session is created for a bucket (with this profile, region, prefix and
 * key), the whole checklist runs beside the Create, and only when a row fails is anything shown. It never delays
 * or stops the Create itself.
 */
public final class QuietSetupCheck {

    private final TaskRunner tasks;
    private final SetupChecker checker;
    private final Consumer<SetupRun> onProblems;
    private final Set<SetupTarget> checked = ConcurrentHashMap.newKeySet();

    /** @param onProblems hears a run with failing rows, on the FX thread */
    public QuietSetupCheck(TaskRunner tasks, SetupChecker checker, Consumer<SetupRun> onProblems) {
        this.tasks = tasks;
        this.checker = checker;
        this.onProblems = onProblems;
    }

    /** The same sessions, with the quiet check started before each first Create for a bucket. */
    public Function<ConnectionSettings, LivenessSessions> watching(
            Function<ConnectionSettings, LivenessSessions> sessionsFor) {
        return connection -> new Watched(connection, sessionsFor.apply(connection));
    }

    /** Starts the check when this is the first Create for its bucket; safe from any thread. */
    void beforeCreate(ConnectionSettings connection, SessionSettings settings) {
        if (settings.bucket().isEmpty()) {
            return;
        }
        SetupTarget target = new SetupTarget(connection.withRegion(settings.region()), settings.bucket(),
                settings.keyPrefix(), settings.kmsKeyId());
        if (checked.add(target)) {
            tasks.job(context -> checker.run(target, result -> { }))
                    .onSuccess(run -> {
                        if (run.anyFailed()) {
                            onProblems.accept(run);
                        }
                    })
                    // The quiet check only helps: a failure of its own must not disturb the Create.
                    .onFailure(error -> checked.remove(target))
                    .onCancelled(() -> checked.remove(target))
                    .start();
        }
    }

    private final class Watched implements LivenessSessions {
        private final ConnectionSettings connection;
        private final LivenessSessions sessions;

        Watched(ConnectionSettings connection, LivenessSessions sessions) {
            this.connection = connection;
            this.sessions = sessions;
        }

        @Override
        public CreatedSession create(SessionSettings settings, AttemptListener attempts) throws ServiceException {
            beforeCreate(connection, settings);
            return sessions.create(settings, attempts);
        }

        @Override
        public SessionResults results(String sessionId) throws ServiceException {
            return sessions.results(sessionId);
        }
    }
}
