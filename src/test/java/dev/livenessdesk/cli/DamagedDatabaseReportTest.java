package dev.livenessdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.campaign.Campaign;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.CampaignStore;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.campaign.Scenario;
import dev.livenessdesk.store.LocalDatabase;
import dev.livenessdesk.store.SqliteCampaignStore;
import dev.livenessdesk.testsupport.DamagedPages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code campaign report} on a database whose campaign sessions sit partly on damaged pages: the first run says the
 * file was damaged, kept aside and recovered, and reports what could be read (exit 0, never VALIDATION_ERROR);
 * the next run works on the recovered file without a word. The real SQLite file, opened as Main opens it.
 */
class DamagedDatabaseReportTest {

    private static final int SESSIONS = 300;
    private static final Instant START = Instant.parse("2025-03-04T05:06:07Z");

    @TempDir
    Path home;

    @Test
    void aReportOnDamagedPagesRecoversWhatCanBeReadAndGoesOn() throws Exception {
        try (SqliteCampaignStore store = SqliteCampaignStore.closingDatabase(LocalDatabase.inFolder(home))) {
            store.save(Campaign.started("Lobby light", START).withScenario(new Scenario("bona fide",
                    Expectation.BONA_FIDE)));
            for (int n = 0; n < SESSIONS; n++) {
                store.save(new CampaignSession(String.format("c0000000-0000-4000-8000-%012d", n), "Lobby light",
                        "bona fide", START.plusSeconds(n), "ana", "us-east-1", "SUCCEEDED", Optional.of(90f),
                        List.of("a feedback code long enough to fill pages ".repeat(3)), false, Optional.empty()));
            }
        }
        Path file = home.resolve(LocalDatabase.FILE_NAME);
        List<Long> leaves = DamagedPages.leafPages(file, "campaign_session");
        DamagedPages.overwrite(file, leaves.subList(leaves.size() / 2, leaves.size() / 2 + 2));

        CliRun first = report();

        assertThat(first.exitCode()).as(first.stdout() + first.stderr()).isZero();
        int recovered = first.envelope().get("data").get("sessions").get("total").asInt();
        assertThat(recovered).isBetween(SESSIONS / 2, SESSIONS - 1);
        assertThat(first.stderr()).contains("Your history database was damaged (",
                "it was kept as " + file + ".corrupt-", "could still be read were copied into a new one");

        CliRun second = report();
        assertThat(second.exitCode()).isZero();
        assertThat(second.stderr()).isEmpty();
        assertThat(second.envelope().get("data").get("sessions").get("total").asInt()).isEqualTo(recovered);
    }

    private CliRun report() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        // As Main: the store's notice is a warning on stderr, said once it is known.
        Supplier<CampaignStore> campaigns = () -> SqliteCampaignStore.closingDatabase(LocalDatabase.inFolder(home));
        int exit = CommandLineLauncher.run(new String[] {"campaign", "report", "Lobby light"},
                StandInBackends.aws(), campaigns, new PrintWriter(out), errWriter);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
