package dev.livenessdesk.core.sharing;

import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.LivenessSessions;
import dev.livenessdesk.core.session.SessionResults;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the service once about every session of a campaign that is not final yet, and keeps what it says: in this
 * computer's store for the sessions it holds, and in the shared record (only once the result is final, so a record
 * changes at most once more). A session the service no longer knows stays as it was, counted apart.
 */
public final class CampaignFollower {

    /** What following did: the campaign as it now stands, and the counts a report states. */
    public record Followed(SharedCampaign campaign, int asked, int changed, int writtenBack, List<String> failures) {
    }

    private final Function<String, LivenessSessions> serviceForRegion;
    private final CampaignStore local;
    private final Optional<SharedRecordsAt> shared;

    /**
     * The port to write the records back, and where each was found (its folder may sit deeper than the prefix
     * read: the record is rewritten there, never beside it).
     */
    public record SharedRecordsAt(SessionRecords records, Map<String, RecordPlace> places) {

        public SharedRecordsAt {
            places = Map.copyOf(places);
        }
    }

    public CampaignFollower(Function<String, LivenessSessions> serviceForRegion, CampaignStore local,
                            Optional<SharedRecordsAt> shared) {
        this.serviceForRegion = serviceForRegion;
        this.local = local;
        this.shared = shared;
    }

    public Followed follow(SharedCampaign campaign, List<CampaignSession> localSessions) throws IOException {
        List<CampaignSession> later = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int asked = 0;
        int writtenBack = 0;
        for (CampaignSession session : campaign.notFinal()) {
            asked++;
            SessionResults results;
            try {
                results = serviceForRegion.apply(session.region()).results(session.sessionId());
            } catch (ServiceException failed) {
                failures.add(session.sessionId() + ": " + failed.error().message());
                continue;
            }
            CampaignSession updated = session.withResult(results.rawStatus(), results.confidence(),
                    results.feedbackCodes());
            if (updated.equals(session)) {
                continue;
            }
            later.add(updated);
            if (localSessions.stream().anyMatch(s -> s.sessionId().equals(session.sessionId()))) {
                local.save(updated);
            }
            SessionRecord record = campaign.records().get(session.sessionId());
            RecordPlace place = shared.map(s -> s.places().get(session.sessionId())).orElse(null);
            if (record != null && place != null && updated.isFinal()) {
                try {
                    shared.get().records().write(place.bucket(), place.prefix(), record.with(updated));
                    writtenBack++;
                } catch (ServiceException failed) {
                    failures.add(session.sessionId() + ": " + failed.error().message());
                }
            }
        }
        return new Followed(campaign.withLater(later), asked, later.size(), writtenBack, failures);
    }
}
