package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.campaign.CampaignNames;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The campaigns a bucket's records name, each put together with what this computer holds of it (as
 * {@code campaign report} does) and kept in this computer's store, so a teammate's sessions stay after a restart.
 */
public final class TeamCampaigns {

    private TeamCampaigns() {
    }

    /**
     * One campaign as this computer and the records know it together; empty when neither knows it.
     *
     * @param localSessions this computer's sessions of the campaign (the caller may need them again)
     */
    public static Optional<SharedCampaign> gather(CampaignStore store, String name,
                                                  List<CampaignSession> localSessions, List<SessionRecord> records)
            throws IOException {
        return SharedCampaign.gather(name, store.campaign(name), localSessions, records);
    }

    /**
     * Every campaign the scan's records name, in the order the records first name them, merged with this computer's
     * and kept: the campaign (its scenarios and the records' together) first, then each of its sessions with where
     * its record was found, so a later change on this computer rewrites that record.
     */
    public static List<SharedCampaign> keep(CampaignStore store, RecordScan scan) throws IOException {
        List<SessionRecord> records = scan.records();
        Map<String, String> names = new LinkedHashMap<>();
        records.forEach(r -> names.putIfAbsent(CampaignNames.key(r.session().campaignName()),
                r.session().campaignName()));
        List<SharedCampaign> kept = new ArrayList<>();
        for (String name : names.values()) {
            Optional<SharedCampaign> gathered = gather(store, name, store.sessionsOf(name), records);
            if (gathered.isPresent()) {
                store.save(gathered.get().campaign());
                for (CampaignSession session : gathered.get().sessions()) {
                    store.save(session);
                    Optional<RecordPlace> place = scan.placeOf(session.sessionId());
                    if (place.isPresent()) {
                        store.keepRecordPlace(session.sessionId(), place.get());
                    }
                }
                kept.add(gathered.get());
            }
        }
        return List.copyOf(kept);
    }
}
