package dev.livenessdesk.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.aws.AwsBackend;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.testsupport.AthenaStandIn;
import dev.livenessdesk.testsupport.RekognitionStandIn;
import dev.livenessdesk.testsupport.TrailRecords;
import dev.livenessdesk.ui.common.SynchronousTaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tab's Athena setting: checked beside its fields, remembered once used, and the window it opens past 90 days. */
class AthenaSettingTest {

    private final AthenaStandIn athena = AthenaStandIn.start();
    private final AwsBackend backend = new AwsBackend(RekognitionStandIn.clients(), Clock.systemUTC(),
            new dev.livenessdesk.testsupport.NoProfiles());
    private final List<AthenaSettingViewModel.Setting> remembered = new ArrayList<>();
    private final List<Optional<AthenaTable>> asked = new ArrayList<>();

    @AfterEach
    void close() {
        backend.close();
        athena.close();
    }

    private ActivityViewModel tab(AthenaSettingViewModel setting) {
        return new ActivityViewModel(new SynchronousTaskRunner(), table -> {
            asked.add(table);
            return table.<TrailEvents>flatMap(t -> backend.athenaTrail(athena.connection(), t));
        }, setting, Clock.systemDefaultZone(), Runnable::run);
    }

    @Test
    void aWindowPastNinetyDaysIsReadThroughTheChosenTableAndTheSettingIsRemembered() {
        athena.table("trail", "cloudtrail_logs", "timestamp");
        String id = UUID.randomUUID().toString();
        Instant old = Instant.now().minus(Duration.ofDays(100)).truncatedTo(ChronoUnit.SECONDS);
        athena.add(TrailRecords.create(id, old, "liveness-out", "prod/", 0));
        AthenaSettingViewModel setting = new AthenaSettingViewModel(AthenaSettingViewModel.Setting.OFF,
                remembered::add);
        ActivityViewModel tab = tab(setting);
        tab.windowChoiceProperty().set(WindowChoice.FROM_TO);
        tab.fromProperty().set(ActivityViewModel.TYPED.format(java.time.LocalDateTime.now().minusDays(101)));

        tab.find();
        assertThat(tab.windowProblemProperty().get()).contains("keeps 90 days").contains("Read through Athena");

        setting.useProperty().set(true);
        setting.tableProperty().set("trail.cloudtrail_logs");
        setting.outputProperty().set("s3://desk-results/athena/");
        tab.find();

        assertThat(tab.windowProblemProperty().get()).isEmpty();
        assertThat(tab.errorProperty().get()).isNull();
        assertThat(tab.rows()).extracting(s -> s.id().orElse("")).containsExactly(id);
        assertThat(tab.progressProperty().get()).contains("Athena table trail.cloudtrail_logs");
        assertThat(remembered).containsExactly(new AthenaSettingViewModel.Setting(true, "trail.cloudtrail_logs",
                "s3://desk-results/athena/"));
    }

    @Test
    void whatCannotBeUsedIsSaidBesideItsFieldAndNothingIsRead() {
        AthenaSettingViewModel setting = new AthenaSettingViewModel(new AthenaSettingViewModel.Setting(true,
                "cloudtrail_logs", "results"), remembered::add);
        ActivityViewModel tab = tab(setting);

        tab.find();

        assertThat(setting.tableProblemProperty().get()).contains("is not database.table");
        assertThat(setting.outputProblemProperty().get()).contains("starts with s3://");
        assertThat(asked).isEmpty();
        assertThat(athena.operations()).isEmpty();
        assertThat(remembered).isEmpty();

        setting.useProperty().set(false);
        assertThat(setting.tableProblemProperty().get()).isEmpty();
        tab.find();
        assertThat(asked).containsExactly(Optional.empty());
    }
}
