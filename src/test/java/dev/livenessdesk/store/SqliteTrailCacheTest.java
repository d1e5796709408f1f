package dev.livenessdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.activity.CachedEvent;
import dev.livenessdesk.core.activity.TimeRange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTrailCacheTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void keepsEventsByIdReplaysThemNewestFirstAndRemembersWhatWasReadWhole(@TempDir Path folder) throws Exception {
        try (LocalDatabase database = LocalDatabase.open(folder, Clock.systemUTC())) {
            SqliteTrailCache cache = new SqliteTrailCache(database);
            cache.keep("p|us-east-1|", List.of(
                    new CachedEvent("e1", "CreateFaceLivenessSession", T0, Optional.of("s1"), "{\"a\":1}"),
                    new CachedEvent("e2", "CreateFaceLivenessSession", T0.plusMillis(1500), Optional.empty(), "{}"),
                    new CachedEvent("e3", "StartFaceLivenessSession", T0.plusSeconds(9), Optional.of("s1"), "{}")));
            cache.keep("p|us-east-1|", List.of(
                    new CachedEvent("e1", "CreateFaceLivenessSession", T0, Optional.of("s1"), "{\"changed\":true}")));
            cache.keep("other|eu-west-1|", List.of(
                    new CachedEvent("e9", "CreateFaceLivenessSession", T0, Optional.of("s9"), "{}")));
            cache.markCovered("p|us-east-1|", "CreateFaceLivenessSession", new TimeRange(T0, T0.plusSeconds(60)));
            cache.markCovered("p|us-east-1|", "CreateFaceLivenessSession",
                    new TimeRange(T0.plusSeconds(30), T0.plusSeconds(120)));

            List<CachedEvent> replayed = new ArrayList<>();
            long count = cache.replay("p|us-east-1|", "CreateFaceLivenessSession",
                    new TimeRange(T0, T0.plusSeconds(120)), replayed::add);

            assertThat(count).isEqualTo(2);
            assertThat(replayed).extracting(CachedEvent::eventId).containsExactly("e2", "e1");
            assertThat(replayed.get(1).rawRecord()).as("an event kept stays as CloudTrail sent it").isEqualTo("{\"a\":1}");
            assertThat(replayed.get(0).time()).isEqualTo(T0.plusMillis(1500));
            assertThat(cache.covered("p|us-east-1|", "CreateFaceLivenessSession"))
                    .containsExactly(new TimeRange(T0, T0.plusSeconds(120)));
            assertThat(cache.covered("p|us-east-1|", "StartFaceLivenessSession")).isEmpty();
            assertThat(cache.covered("other|eu-west-1|", "CreateFaceLivenessSession")).isEmpty();
        }
        try (LocalDatabase reopened = LocalDatabase.open(folder, Clock.systemUTC())) {
            assertThat(new SqliteTrailCache(reopened).covered("p|us-east-1|", "CreateFaceLivenessSession"))
                    .as("kept across runs").hasSize(1);
        }
    }

    @Test
    void timesSortAsTextInTimeOrder() {
        assertThat(SqliteTrailCache.sortable(T0)).isEqualTo("2026-12-05T10:00:00.000000000Z");
        assertThat(SqliteTrailCache.sortable(T0.plusNanos(1)).compareTo(SqliteTrailCache.sortable(T0))).isPositive();
    }
}
