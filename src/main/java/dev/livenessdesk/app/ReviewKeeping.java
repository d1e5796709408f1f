package dev.livenessdesk.app;

import dev.livenessdesk.core.review.ReviewStore;
import dev.livenessdesk.core.review.ViewingLog;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteReviewStore;
import dev.livenessdesk.store.SqliteViewingLog;

/** Where a desktop window keeps its reviews and its viewing log: the world's database. */
record ReviewKeeping(ReviewStore store, ViewingLog viewings) {

    static ReviewKeeping in(LocalDatabase database) {
        return new ReviewKeeping(new SqliteReviewStore(database), new SqliteViewingLog(database));
    }

    /** In a database of its own in memory, for as long as the process (tests and benchmarks that build one window). */
    static ReviewKeeping inMemory() {
        return in(LocalDatabase.forSandbox());
    }
}
