package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create --campaign} says {@code kept_locally} only when the session is in the database file: a file from
 * a newer version or a folder where the file should be leave the run on a copy in memory, and the envelope says
 * false, with the reason. The real SDK to the Rekognition stand-in, the real SQLite file, opened as Main opens it.
 */
class CampaignKeptLocallyTest {

    private static final String SESSION_ID = "c0000000-0000-4000-8000-000000000042";

    @TempDir
    Path home;

    private RekognitionStandIn standIn;

    @BeforeEach
    void start() {
        standIn = RekognitionStandIn.start();
        standIn.respondCreated(SESSION_ID);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void aDatabaseFileInPlaceSaysKept() {
        JsonNode campaign = createTagged().get("campaign");

        assertThat(campaign.get("kept_locally").asBoolean()).isTrue();
        assertThat(campaign.has("not_kept_because")).isFalse();
    }

    @Test
    void aNewerDatabaseFileSaysNotKeptAndWhy() throws Exception {
        try (LocalDatabase database = LocalDatabase.open(home, java.time.Clock.systemUTC())) {
            database.read(connection -> null);
        }
        Path file = home.resolve(LocalDatabase.FILE_NAME);
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01T00:00:00Z')");
        }

        JsonNode campaign = createTagged().get("campaign");

        assertThat(campaign.get("kept_locally").asBoolean()).isFalse();
        assertThat(campaign.get("not_kept_because").asText()).contains("written by a newer Liveness Desk",
                "not remembered after you close the app");
    }

    @Test
    void aFolderWhereTheDatabaseFileShouldBeSaysNotKeptAndIsLeftAlone() throws Exception {
        Path folderInPlace = Files.createDirectories(home.resolve(LocalDatabase.FILE_NAME));
        Files.writeString(folderInPlace.resolve("notes.txt"), "mine");
        String modeBefore = java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folderInPlace));

        JsonNode campaign = createTagged().get("campaign");

        assertThat(campaign.get("kept_locally").asBoolean()).isFalse();
        assertThat(campaign.get("not_kept_because").asText()).isEqualTo(folderInPlace + " is a folder, not your"
                + " history database: nothing was read from it and it is left as it is. Sessions you create now are"
                + " not remembered after you close the app. Move that folder away to keep them.");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folderInPlace)))
                .isEqualTo(modeBefore);
        assertThat(Files.readString(folderInPlace.resolve("notes.txt"))).isEqualTo("mine");
    }

    private JsonNode createTagged() {
        Supplier<CampaignStore> campaigns = () -> SqliteCampaignStore.closingDatabase(LocalDatabase.inFolder(home));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommandLineLauncher.run(new String[] {"create", "--region", "us-east-1", "--endpoint-url",
            standIn.uri().toString(), "--campaign", "Lobby light", "--scenario", "bona fide", "--expect", "bona-fide",
            "--tester", "ana"}, StandInBackends.aws(), campaigns, new PrintWriter(out), new PrintWriter(err));
        CliRun run = new CliRun(exit, out.toString(), err.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        return run.envelope().get("data");
    }
}
