package dev.livenessdesk.core.campaign;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/**
 * Where campaigns and their sessions are kept. Campaigns are found by name (ignoring case); a session by its id.
 * Every method may block on the disk: call it off the FX thread. Safe from several threads.
 */
public interface CampaignStore {

    /** Every campaign, oldest first. */
    List<Campaign> campaigns() throws IOException;

    default Optional<Campaign> campaign(String name) throws IOException {
        return campaigns().stream().filter(c -> CampaignNames.same(c.name(), name)).findFirst();
    }

    /** Keeps a campaign and its scenarios, replacing the one of the same name. */
    void save(Campaign campaign) throws IOException;

    /**
     * Keeps a session, replacing the one with the same id (a new result, a re-tag, an exclusion).
     *
     * @throws IllegalArgumentException when its campaign or scenario is not kept
     */
    void save(CampaignSession session) throws IOException;

    /** The sessions of a campaign, oldest first; empty for an unknown campaign. */
    List<CampaignSession> sessionsOf(String campaignName) throws IOException;

    /**
     * Remembers where a session's team record lives, replacing what was kept. Kept apart from the session itself:
     * saving the session again (a result, a retag) never forgets it, and it may be kept before the session is.
     */
    void keepRecordPlace(String sessionId, RecordPlace place) throws IOException;

    /** Where the session's team record lives; empty when it has none, or it was kept before places were. */
    Optional<RecordPlace> recordPlace(String sessionId) throws IOException;

    /** Which of these sessions are kept as campaign sessions. */
    Set<String> keptSessionIds(Collection<String> sessionIds) throws IOException;

    /** Forgets these sessions and where their team records were (an erasure); unknown ids are ignored. */
    void forgetSessions(Collection<String> sessionIds) throws IOException;

    /**
     * Why what is saved now is gone when the desk closes (the file could not be opened for writing, and this run
     * works on a copy in memory), in words for the user; empty when it is kept.
     */
    default Optional<String> notKeptBecause() {
        return Optional.empty();
    }

    /**
     * What the user must know about where campaigns are kept (read-only, a damaged file recovered); empty if
     * nothing. May change while the store is used: a damaged file is found when a query meets it.
     */
    default Optional<String> notice() {
        return Optional.empty();
    }
}
