package dev.livenessdesk.ui.campaign;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import dev.livenessdesk.ui.common.Delayer;
import dev.livenessdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.StringProperty;

/**
 * The campaign's sessions while they run: one the form just tagged is kept, shared and followed until its status is
 * final, and the line that promised to follow it says how it ended (unless another line took its place meanwhile);
 * a failed poll is said. Sessions loaded unfinished are followed again, each in its own region. Kept apart from
 * {@link CampaignViewModel}, which chooses the campaign and scenario, because following runs on its own clock.
 * FX thread only.
 */
final class CampaignSessionsInFlight {

    private final CampaignSessionList sessionList;
    private final StringProperty message;
    private final CampaignFollower follower;
    private RecordSharing sharing = RecordSharing.NONE;
    private String followedId;
    private String followedLine;

    /** @param message the line under the tab, which this also reads: a newer line is not overwritten */
    CampaignSessionsInFlight(TaskRunner tasks, Delayer delayer,
                             Function<ConnectionSettings, LivenessSessions> sessionsFor,
                             CampaignSessionList sessionList, StringProperty message) {
        this.sessionList = Objects.requireNonNull(sessionList);
        this.message = Objects.requireNonNull(message);
        this.follower = new CampaignFollower(tasks, delayer, sessionsFor, this::resultsArrived, this::pollFailed);
    }

    /** Who writes the team records of tagged sessions to their bucket. */
    void shareThrough(RecordSharing recordSharing) {
        this.sharing = Objects.requireNonNull(recordSharing);
    }

    /** A session the form created, tagged with the scenario: kept, followed, said, then shared. */
    void tagged(CampaignSession tagged, ConnectionSettings connection, CreatedSession created, Scenario scenario) {
        sessionList.added(tagged);
        follower.follow(tagged.sessionId(), connection);
        followedId = tagged.sessionId();
        followedLine = CampaignText.get("message.tagged", CampaignText.shortId(tagged.sessionId()), scenario.name());
        message.set(followedLine);
        // After the tag is kept and said: a failed write replaces the line, the tag stays.
        sharing.tagged(tagged, connection, created.settings().bucket(), created.settings().keyPrefix(),
                scenario.expectation());
    }

    /** The sessions of a campaign just opened that had not ended: followed in their region, on this connection. */
    void followUnfinished(List<CampaignSession> found, ConnectionSettings connection) {
        found.stream().filter(s -> !s.isFinal() && !s.region().isEmpty())
                .forEach(s -> follower.follow(s.sessionId(), connection.withRegion(s.region())));
    }

    /** Asks for every session in flight now (after a sandbox play). */
    void checkNow() {
        follower.checkNow();
    }

    void stopAll() {
        follower.stopAll();
    }

    /** A followed session's answer: into the table, and the line that promised to follow it says how it ended. */
    private void resultsArrived(String sessionId, SessionResults results) {
        sessionList.resultsArrived(sessionId, results);
        if (results.status().isFinal() && sessionId.equals(followedId) && message.get().equals(followedLine)) {
            followedId = null;
            String scenario = sessionList.sessions().stream().filter(s -> s.sessionId().equals(sessionId))
                    .map(CampaignSession::scenarioName).findFirst().orElse("");
            message.set(CampaignText.get("message.ended", CampaignText.shortId(sessionId), scenario,
                    results.rawStatus()));
        }
    }

    private void pollFailed(String sessionId, ServiceException failure) {
        message.set(CampaignText.get("message.pollFailed", CampaignText.shortId(sessionId),
                failure == null ? CampaignText.get("message.unexpected") : failure.error().fullText()));
    }
}
