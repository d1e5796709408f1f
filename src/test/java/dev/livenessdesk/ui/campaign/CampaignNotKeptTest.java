package dev.livenessdesk.ui.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.sandbox.SandboxBackend;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.ui.common.ManualDelayer;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Campaign tab says, where it says how sessions are tagged, that they are not kept when the store forgets. */
class CampaignNotKeptTest {

    @TempDir
    Path home;

    @Test
    void aStoreOnACopyInMemorySaysSoUnderTheTab() throws Exception {
        Path folderInPlace = Files.createDirectories(home.resolve(LocalDatabase.FILE_NAME));
        try (LocalDatabase database = LocalDatabase.inFolder(home)) {
            CampaignViewModel model = new CampaignViewModel(new SynchronousTaskRunner(), new ManualDelayer(),
                    new SqliteCampaignStore(database), new SandboxBackend()::livenessSessions,
                    () -> ConnectionSettings.of(null, "us-east-1"), "ana", Clock.systemUTC());
            model.load();
            model.newCampaignNameProperty().set("Release 4.2");
            assertThat(model.createCampaign()).isTrue();
            model.newScenarioNameProperty().set("Live");
            model.newScenarioExpectationProperty().set(Expectation.BONA_FIDE);
            assertThat(model.addScenario()).isTrue();

            assertThat(model.taggingProperty().get()).isEqualTo("New sessions count as 'Live' (bona fide) in"
                    + " 'Release 4.2'. They are not kept on this computer: " + folderInPlace + " is a folder, not your"
                    + " history database: nothing was read from it and it is left as it is. Sessions you create now"
                    + " are not remembered after you close the app. Move that folder away to keep them.");
        }
    }

    @Test
    void aStoreInItsFileSaysNothingMore() throws Exception {
        try (LocalDatabase database = LocalDatabase.inFolder(home)) {
            CampaignViewModel model = new CampaignViewModel(new SynchronousTaskRunner(), new ManualDelayer(),
                    new SqliteCampaignStore(database), new SandboxBackend()::livenessSessions,
                    () -> ConnectionSettings.of(null, "us-east-1"), "ana", Clock.systemUTC());
            model.load();

            assertThat(model.taggingProperty().get()).isEqualTo(
                    "No campaign yet: sessions created now are not counted in one.");
        }
    }
}
