package dev.livenessdesk.ui.erasure;

import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.ErasureJournal;
import dev.livenessdesk.core.erasure.ErasureTarget;
import dev.livenessdesk.core.erasure.ReviewRows;
import dev.livenessdesk.core.history.SessionHistoryStore;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the erasure screen stands on: where a connection erases (empty where it cannot), and this computer's
 * history, campaigns, review rows and journal.
 */
public record ErasureServices(Function<ConnectionSettings, Optional<ErasureTarget>> targets,
                              SessionHistoryStore history, CampaignStore campaigns, ReviewRows reviews,
                              ErasureJournal journal, String deskVersion) {
}
