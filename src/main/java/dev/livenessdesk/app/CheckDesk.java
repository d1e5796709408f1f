package dev.livenessdesk.app;

import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.session.SessionStatus;
import dev.livenessdesk.ui.check.CheckRunViewModel;
import dev.livenessdesk.ui.check.CheckTarget;
import dev.livenessdesk.ui.check.HandOffViewModel;
import dev.livenessdesk.ui.results.ResultsViewModel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Ties "Run the check here" to the followed session: the buttons act on it while it is CREATED, the hand-off
 * shows its link, and when the page's check ends the results are read at once instead of at the next poll.
 */
final class CheckDesk {

    private final CheckRunViewModel check;
    private final HandOffViewModel handOff;
    private final ResultsViewModel results;
    private CheckTarget followed;

    CheckDesk(CheckRunViewModel check, HandOffViewModel handOff, ResultsViewModel results) {
        this.check = check;
        this.handOff = handOff;
        this.results = results;
        check.setOnEnded(this::ended);
        results.sessionIdProperty().addListener((obs, old, id) -> lookedUp(id));
        results.statusProperty().addListener((obs, old, status) -> refresh());
    }

    /** The results now follow this session (just created, or reopened from the history). */
    void following(ConnectionSettings connection, String sessionId, Optional<Instant> createdAt) {
        followed = new CheckTarget(connection, sessionId, createdAt);
        handOff.show(sessionId, connection.region(), createdAt.orElse(null));
        refresh();
    }

    /**
     * Runs the check page for a session just created, when this build has the page (issue 15: a campaign's
     * "Next" creates the next session and runs it); without the page the tester hands the id over as usual.
     */
    void runWhenAvailable(ConnectionSettings connection, String sessionId, Optional<Instant> createdAt) {
        if (check.unavailableReason().isEmpty()) {
            check.run(connection, sessionId, createdAt);
        }
    }

    /** A session the results follow that nobody announced (a look-up by id) runs in the current connection. */
    private void lookedUp(String id) {
        if (id == null || id.isBlank()) {
            followed = null;
        } else if (followed == null || !followed.sessionId().equals(id)) {
            ConnectionSettings connection = results.connectionProperty().get();
            followed = connection == null ? null : new CheckTarget(connection, id, Optional.empty());
            if (followed != null) {
                handOff.show(id, connection.region(), null);
            }
        }
        refresh();
    }

    /** Only a session still CREATED (or not yet answered) can be checked. */
    private void refresh() {
        SessionStatus status = results.statusProperty().get();
        boolean startable = followed != null && Objects.equals(followed.sessionId(), results.sessionIdProperty().get())
                && (status == null || status == SessionStatus.CREATED);
        check.targetProperty().set(startable ? followed : null);
        if (status != null && status.isFinal()) {
            check.sessionEnded(results.sessionIdProperty().get(), status.name());
        }
    }

    private void ended(CheckOutcome outcome) {
        if (followed != null && followed.sessionId().equals(check.sessionIdProperty().get())) {
            results.checkNow();
        }
    }
}
