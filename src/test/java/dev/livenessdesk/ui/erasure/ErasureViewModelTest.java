package dev.livenessdesk.ui.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.InMemoryCampaignStore;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.erasure.ObjectVersion;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteErasureJournal;
import dev.livenessdesk.store.SqliteSessionHistory;
import dev.livenessdesk.testsupport.InMemoryErasureBucket;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dialog's state from plan to receipt, without a toolkit: plain JUnit on the calling thread. */
class ErasureViewModelTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final ConnectionSettings CONNECTION = ConnectionSettings.of(null, "us-east-1");
    private static final String SESSION = "0a1b2c3d-1111-4222-8333-444455556666";

    private LocalDatabase database;
    private InMemoryErasureBucket bucket;
    private ErasureViewModel model;

    @BeforeEach
    void build() {
        database = LocalDatabase.forSandbox();
        bucket = new InMemoryErasureBucket();
        ErasureServices services = new ErasureServices(connection -> Optional.of(bucket),
                new SqliteSessionHistory(database, Clock.systemUTC()), new InMemoryCampaignStore(),
                new dev.livenessdesk.store.SqliteReviewRows(database), new SqliteErasureJournal(database), "0.1.0");
        model = new ErasureViewModel(new SynchronousTaskRunner(), services, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void session(String id, int objects) {
        for (int i = 0; i < objects; i++) {
            bucket.put("qa/" + id + "/audit_" + i + ".jpg", null, 1000, NOW.minusSeconds(90L * 86400));
        }
    }

    @Test
    void thePlanIsShownAndOnlyTheTypedFirstEightCharactersLetItErase() {
        session(SESSION, 2);
        bucket.put("qa/" + SESSION + "/bad\u0007name.jpg", null, 10, NOW);

        model.planSession(CONNECTION, "liveness-out", "qa/", SESSION);

        assertThat(model.stageProperty().get()).isEqualTo(ErasureViewModel.Stage.PLANNED);
        assertThat(model.summaryProperty().get()).contains("3 object(s), 3 version(s)")
                .contains("s3://liveness-out/qa/").contains("It runs as arn:aws:iam::123456789012:user/support-ana");
        assertThat(model.lines()).hasSize(3).contains("qa/" + SESSION + "/bad[U+0007]name.jpg   10 B");
        assertThat(model.expectedProperty().get()).isEqualTo("0a1b2c3d");
        assertThat(model.canEraseProperty().get()).isFalse();
        model.typedProperty().set("0a1b2c3e");
        assertThat(model.canEraseProperty().get()).isFalse();
        model.typedProperty().set("0A1B2C3D ");
        assertThat(model.canEraseProperty().get()).isTrue();

        model.erase();

        assertThat(model.stageProperty().get()).isEqualTo(ErasureViewModel.Stage.DONE);
        assertThat(model.outcomeProperty().get()).startsWith("Erased 3 version(s) of 1 session(s). Nothing is left.");
        assertThat(model.receiptJsonProperty().get()).contains(SESSION).contains("\"complete\" : true");
        assertThat(bucket.keys()).isEmpty();
    }

    @Test
    void aCancelledPurgeSaysWhatIsLeftAndIsResumedFromTheNextDialog() {
        for (int n = 0; n < 400; n++) {
            session(String.format("%08x-0000-4000-8000-%012x", n, n), 5);
        }
        model.planPurge(CONNECTION, "liveness-out", "qa/", "30d");
        model.typedProperty().set(model.expectedProperty().get());
        model.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                model.cancel();
            }
        });

        model.erase();

        assertThat(model.outcomeProperty().get()).startsWith("Stopped: 1,000 version(s) erased, 1,000 not yet.");
        assertThat(bucket.keys()).hasSize(1000);

        ErasureServices sameComputer = new ErasureServices(connection -> Optional.of(bucket),
                new SqliteSessionHistory(database, Clock.systemUTC()), new InMemoryCampaignStore(),
                new dev.livenessdesk.store.SqliteReviewRows(database), new SqliteErasureJournal(database), "0.1.0");
        ErasureViewModel next = new ErasureViewModel(new SynchronousTaskRunner(), sameComputer, Clock.systemUTC());
        next.planPurge(CONNECTION, "liveness-out", "qa/", "30");
        assertThat(next.unfinishedProperty().get()).isNotNull();

        next.resume();

        assertThat(next.outcomeProperty().get()).startsWith("Erased 2,000 version(s) of 400 session(s).");
        assertThat(bucket.keys()).isEmpty();
        assertThat(bucket.deletesPerVersion().values()).containsOnly(1);
    }

    @Test
    void aBadAgeAndABackendThatCannotEraseAreSaidInWords() {
        model.planPurge(CONNECTION, "liveness-out", "qa/", "thirty");
        assertThat(model.stageProperty().get()).isEqualTo(ErasureViewModel.Stage.FAILED);
        assertThat(model.problemProperty().get()).contains("\"thirty\" is not an age");

        ErasureViewModel cannot = new ErasureViewModel(new SynchronousTaskRunner(), new ErasureServices(
                connection -> Optional.empty(), new SqliteSessionHistory(database, Clock.systemUTC()),
                new InMemoryCampaignStore(), new dev.livenessdesk.store.SqliteReviewRows(database), new SqliteErasureJournal(database), "0.1.0"), Clock.systemUTC());
        cannot.planSession(CONNECTION, "b", "", SESSION);
        assertThat(cannot.problemProperty().get()).contains("cannot erase");
        assertThat(ObjectVersion.NULL_VERSION).isEqualTo("null");
    }
}
