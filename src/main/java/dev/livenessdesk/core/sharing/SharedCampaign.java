package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One campaign as this desk and the bucket know it together: the scenarios of this computer's campaign followed
 * by those only the records name, and every session once. Where both know a session, a final state beats one the
 * service can still change, and otherwise the shared record wins, so two desks reading the same bucket see the same.
 *
 * @param records the shared record of each session that has one, by session id
 */
public record SharedCampaign(Campaign campaign, List<CampaignSession> sessions, Map<String, SessionRecord> records,
                             int localSessions) {

    public SharedCampaign {
        sessions = List.copyOf(sessions);
        records = Map.copyOf(records);
    }

    /**
     * Puts together what this computer and the bucket hold of the campaign; empty when neither knows it.
     *
     * @param shared the bucket's records, of any campaign; only this campaign's are taken
     */
    public static Optional<SharedCampaign> gather(String name, Optional<Campaign> local,
                                                  List<CampaignSession> localSessions, List<SessionRecord> shared) {
        List<SessionRecord> ours = shared.stream()
                .filter(r -> CampaignNames.same(r.session().campaignName(), name)).toList();
        if (local.isEmpty() && ours.isEmpty()) {
            return Optional.empty();
        }
        Map<String, CampaignSession> byId = new LinkedHashMap<>();
        Map<String, SessionRecord> records = new LinkedHashMap<>();
        localSessions.forEach(s -> byId.put(s.sessionId(), s));
        for (SessionRecord record : ours) {
            CampaignSession theirs = record.session();
            records.put(theirs.sessionId(), record);
            byId.merge(theirs.sessionId(), theirs, (mine, recorded) -> mine.isFinal() && !recorded.isFinal()
                    ? mine : recorded);
        }
        List<CampaignSession> sessions = new ArrayList<>(byId.values());
        sessions.sort(Comparator.comparing(CampaignSession::createdAt).thenComparing(CampaignSession::sessionId));
        return Optional.of(new SharedCampaign(campaignOf(local, ours, sessions), sessions, records,
                localSessions.size()));
    }

    /**
     * The campaign as every desk reading these records rebuilds it: named and its scenarios spelled as the earliest
     * record has them, scenarios in the order their first session was created, then the ones without sessions in
     * this computer's order. A desk's own spelling or order never makes its report differ from a teammate's.
     */
    private static Campaign campaignOf(Optional<Campaign> local, List<SessionRecord> ours,
                                       List<CampaignSession> sessions) {
        if (ours.isEmpty()) {
            return local.orElseThrow();
        }
        List<SessionRecord> earliestFirst = ours.stream().sorted(Comparator.comparing(
                (SessionRecord r) -> r.session().createdAt()).thenComparing(r -> r.session().sessionId())).toList();
        Map<String, Scenario> byKey = new LinkedHashMap<>();
        for (SessionRecord record : earliestFirst) {
            byKey.putIfAbsent(CampaignNames.key(record.session().scenarioName()),
                    new Scenario(record.session().scenarioName(), record.expectation()));
        }
        local.ifPresent(campaign -> campaign.scenarios().forEach(s -> byKey.putIfAbsent(CampaignNames.key(s.name()), s)));
        Map<String, Scenario> ordered = new LinkedHashMap<>();
        for (CampaignSession session : sessions) {
            String key = CampaignNames.key(session.scenarioName());
            if (byKey.containsKey(key)) {
                ordered.putIfAbsent(key, byKey.get(key));
            }
        }
        byKey.forEach(ordered::putIfAbsent);
        Instant createdAt = earliestFirst.get(0).session().createdAt();
        if (local.isPresent() && local.get().createdAt().isBefore(createdAt)) {
            createdAt = local.get().createdAt();
        }
        return new Campaign(earliestFirst.get(0).session().campaignName(), createdAt,
                new ArrayList<>(ordered.values()));
    }

    /** The sessions whose result the service can still change. */
    public List<CampaignSession> notFinal() {
        return sessions.stream().filter(s -> !s.isFinal()).toList();
    }

    /** The same campaign with some sessions in a later state. */
    public SharedCampaign withLater(List<CampaignSession> later) {
        Map<String, CampaignSession> byId = new LinkedHashMap<>();
        sessions.forEach(s -> byId.put(s.sessionId(), s));
        later.forEach(s -> byId.put(s.sessionId(), s));
        return new SharedCampaign(campaign, new ArrayList<>(byId.values()), records, localSessions);
    }
}
