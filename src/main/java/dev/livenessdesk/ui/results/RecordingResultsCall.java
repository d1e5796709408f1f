package dev.livenessdesk.ui.results;

import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.history.HistoryEntry;
import dev.livenessdesk.core.history.SessionHistoryStore;
import dev.livenessdesk.core.session.FollowedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One results call and its history writes, off the FX thread: a session created here is recorded before its
 * first answer, every answer is noted on the session's entry, and a history that cannot be written never stops
 * the results from showing.
 */
final class RecordingResultsCall {

    /** What one call brought back: the answer, the history entry it updated, and any history trouble. */
    record Answer(SessionResults results, Optional<HistoryEntry> entry, boolean recorded, Optional<String> problem) {
    }

    private final SessionHistoryStore history;
    private final Function<ConnectionSettings, LivenessSessions> sessionsFor;

    RecordingResultsCall(SessionHistoryStore history, Function<ConnectionSettings, LivenessSessions> sessionsFor) {
        this.history = Objects.requireNonNull(history, "history");
        this.sessionsFor = Objects.requireNonNull(sessionsFor, "sessionsFor");
    }

    /** Blocks: run it through the TaskRunner. @param recordFirst add the created session to the history first */
    Answer ask(FollowedSession followed, boolean recordFirst) throws ServiceException {
        String problem = null;
        boolean recorded = false;
        if (recordFirst && followed.created().isPresent()) {
            try {
                history.add(followed.created().get(), followed.connection().profile());
                recorded = true;
            } catch (IOException e) {
                problem = ResultsText.get("history.notSaved", e.getMessage());
            }
        }
        SessionResults answer = sessionsFor.apply(followed.connection()).results(followed.sessionId());
        Optional<HistoryEntry> entry = Optional.empty();
        try {
            entry = history.updateResult(followed.sessionId(), answer);
        } catch (IOException e) {
            problem = ResultsText.get("history.notSaved", e.getMessage());
        }
        return new Answer(answer, entry, recorded, Optional.ofNullable(problem));
    }
}
