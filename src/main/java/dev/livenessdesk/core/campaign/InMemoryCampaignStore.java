package dev.livenessdesk.core.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Campaigns kept only while the app runs: the sandbox's store, and the tests'. */
public final class InMemoryCampaignStore implements CampaignStore {

    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<String, CampaignSession> sessions = new LinkedHashMap<>();
    private final Map<String, RecordPlace> recordPlaces = new LinkedHashMap<>();

    @Override
    public synchronized List<Campaign> campaigns() {
        return campaigns.values().stream().sorted(Comparator.comparing(Campaign::createdAt)).toList();
    }

    @Override
    public synchronized void save(Campaign campaign) {
        campaigns.put(CampaignNames.key(campaign.name()), campaign);
    }

    @Override
    public synchronized void save(CampaignSession session) {
        Campaign campaign = campaigns.get(CampaignNames.key(session.campaignName()));
        if (campaign == null || campaign.scenario(session.scenarioName()).isEmpty()) {
            throw new IllegalArgumentException("No scenario " + session.scenarioName() + " in campaign "
                    + session.campaignName());
        }
        sessions.put(session.sessionId(), session);
    }

    @Override
    public synchronized List<CampaignSession> sessionsOf(String campaignName) {
        List<CampaignSession> found = new ArrayList<>();
        for (CampaignSession session : sessions.values()) {
            if (CampaignNames.same(session.campaignName(), campaignName)) {
                found.add(session);
            }
        }
        found.sort(Comparator.comparing(CampaignSession::createdAt));
        return found;
    }

    @Override
    public synchronized void keepRecordPlace(String sessionId, RecordPlace place) {
        recordPlaces.put(sessionId, java.util.Objects.requireNonNull(place));
    }

    @Override
    public synchronized Optional<RecordPlace> recordPlace(String sessionId) {
        return Optional.ofNullable(recordPlaces.get(sessionId));
    }

    @Override
    public synchronized Set<String> keptSessionIds(Collection<String> sessionIds) {
        Set<String> kept = new HashSet<>(sessionIds);
        kept.retainAll(sessions.keySet());
        return kept;
    }

    @Override
    public synchronized void forgetSessions(Collection<String> sessionIds) {
        for (String id : sessionIds) {
            sessions.remove(id);
            recordPlaces.remove(id);
        }
    }
}
