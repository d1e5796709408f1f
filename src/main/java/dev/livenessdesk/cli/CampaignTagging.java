package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.cli.CampaignOptions.CampaignTag;
import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.RecordPlace;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CreatedSession;
import dev.livenessdesk.core.sharing.SessionRecord;
import dev.livenessdesk.core.sharing.SessionRecords;
import java.io.IOException;
import java.util.Optional;

/**
 * After {@code create}: keeps the new session in its campaign on this computer and, when the session has a bucket
 * and --local-only was not given, writes its record to the bucket (giving the bucket is the choice to share). The
 * session exists by then, so a failure here is a warning beside its id, never a lost id.
 */
final class CampaignTagging {

    private final CommandContext context;

    CampaignTagging(CommandContext context) {
        this.context = context;
    }

    void tag(CampaignTag tag, CreatedSession created, ConnectionSettings s3, ObjectNode data) {
        CampaignSession session = CampaignSession.tagged(created, tag.campaign(), tag.scenario(), tag.tester());
        ObjectNode node = data.putObject("campaign");
        node.put("name", tag.campaign()).put("scenario", tag.scenario()).put("expect", tag.expectation().wireName())
                .put("tester", tag.tester());
        boolean kept = keepLocally(tag, session);
        // Saved into a copy in memory is not kept: say so, with the store's reason, rather than "kept".
        Optional<String> forgotten = kept ? context.campaignStore().notKeptBecause() : Optional.empty();
        node.put("kept_locally", kept && forgotten.isEmpty());
        forgotten.ifPresent(why -> node.put("not_kept_because", why));
        Optional<String> bucket = created.settings().bucket();
        if (bucket.isEmpty() || tag.localOnly()) {
            node.put("shared", false);
            return;
        }
        Optional<SessionRecords> records = context.backend().sessionRecords(s3);
        if (records.isEmpty()) {
            node.put("shared", false);
            return;
        }
        RecordPlace place = new RecordPlace(bucket.get(), created.settings().keyPrefix());
        if (kept) {
            keepPlace(session, place);
        }
        try {
            records.get().write(place.bucket(), place.prefix(), SessionRecord.of(session, tag.expectation()));
            node.put("shared", true);
        } catch (ServiceException failed) {
            context.warn(CliText.get("campaign.notShared", failed.error().fullText()));
            node.put("shared", false);
        }
    }

    /**
     * Where the record goes, kept with the session whether or not this write succeeds: the app rewrites it there
     * on a retag, an exclusion or a late result, as the app's own sessions.
     */
    private void keepPlace(CampaignSession session, RecordPlace place) {
        try {
            context.campaignStore().keepRecordPlace(session.sessionId(), place);
        } catch (IOException failed) {
            context.warn(CliText.get("campaign.placeNotKept", failed.getMessage()));
        }
    }

    private boolean keepLocally(CampaignTag tag, CampaignSession session) {
        CampaignStore store = context.campaignStore();
        try {
            Campaign campaign = store.campaign(tag.campaign())
                    .orElseGet(() -> Campaign.started(tag.campaign(), session.createdAt()));
            if (campaign.scenario(tag.scenario()).isEmpty()) {
                store.save(campaign.withScenario(new Scenario(tag.scenario(), tag.expectation())));
            }
            store.save(session);
            return true;
        } catch (IOException | IllegalArgumentException failed) {
            context.warn(CliText.get("campaign.notKept", failed.getMessage()));
            return false;
        }
    }
}
