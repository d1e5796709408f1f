package dev.livenessdesk.app;

import dev.livenessdesk.core.erasure.ReviewRows;
import dev.livenessdesk.core.review.ReviewStore;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteReviewRows;
import dev.livenessdesk.store.SqliteReviewStore;
import dev.livenessdesk.store.SqliteViewingLog;

/**
 * Where a desktop window keeps its reviews and its viewing log: the world's database; {@code rows} is the same rows
 * as an erasure removes them.
 */
record ReviewKeeping(ReviewStore store, ViewingLog viewings, ReviewRows rows) {

    static ReviewKeeping in(LocalDatabase database) {
        return new ReviewKeeping(new SqliteReviewStore(database), new SqliteViewingLog(database),
                new SqliteReviewRows(database));
    }

    /** In a database of its own in memory, for as long as the process (tests and benchmarks that build one window). */
    static ReviewKeeping inMemory() {
        return in(LocalDatabase.forSandbox());
    }
}
