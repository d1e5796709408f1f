package dev.livenessdesk.core.erasure;

import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.history.SessionHistoryStore;

/**
 * This computer's side of an erasure: the history, campaign and review rows it removes, and the journal it keeps, all in
 * one database that {@link #close()} closes.
 */
public record LocalErasureRecords(SessionHistoryStore history, CampaignStore campaigns, ReviewRows reviews,
                                  ErasureJournal journal, AutoCloseable database) implements AutoCloseable {

    @Override
    public void close() {
        try {
            database.close();
        } catch (Exception ignored) {
            // Closing is best effort: every change was committed when it was made.
        }
    }
}
