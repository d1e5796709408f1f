package dev.livenessdesk.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Athena settings are checked strictly and the SQL never carries unchecked text. */
class TrailQueryTest {

    private static final ActivityWindow WINDOW = new ActivityWindow(Instant.parse("2026-01-31T23:30:00Z"),
            Instant.parse("2026-02-01T23:30:00Z"));

    @Test
    void tableNamesAreFoldedToAthenasCaseAndAnythingElseIsRefusedWithWords() {
        AthenaTable table = AthenaTable.parse(" Default.CloudTrail_Logs ", "s3://results-bucket/desk").table()
                .orElseThrow();
        assertThat(table.qualifiedName()).isEqualTo("default.cloudtrail_logs");
        assertThat(table.outputLocation()).isEqualTo("s3://results-bucket/desk/");

        assertThat(AthenaTable.parse("logs", "s3://results-bucket/").tableProblem()).contains("is not database.table");
        assertThat(AthenaTable.parse("a.b.c", "s3://results-bucket/").tableProblem())
                .contains("is not database.table");
        assertThat(AthenaTable.parse("db.lo'gs", "s3://results-bucket/").tableProblem())
                .contains("characters Athena does not allow");
        assertThat(AthenaTable.parse("db.lo\u0007gs", "s3://results-bucket/").tableProblem()).contains("[U+0007]");
        assertThat(AthenaTable.parse("", "").tableProblem()).startsWith("Name the trail's Athena table as database.table");
        assertThat(AthenaTable.parse("db.logs", "").outputProblem()).contains("Name where Athena writes");
        assertThat(AthenaTable.parse("db.logs", "results-bucket").outputProblem()).contains("starts with s3://");
        assertThat(AthenaTable.parse("db.logs", "s3://Results_Bucket/").outputProblem())
                .contains("is not an S3 bucket name");
    }

    @Test
    void partitionLayoutsAreTheOnesAwsDocuments() {
        assertThat(TrailQuery.Partitions.of(List.of("timestamp"))).isEqualTo(TrailQuery.Partitions.PROJECTED_DAY);
        assertThat(TrailQuery.Partitions.of(List.of("region", "year", "month", "day")))
                .isEqualTo(TrailQuery.Partitions.YEAR_MONTH_DAY);
        assertThat(TrailQuery.Partitions.of(List.of("dt"))).isEqualTo(TrailQuery.Partitions.NONE);
    }

    @Test
    void theDaysSpanTheWindowAndTheHourAfterItBecauseLogFilesArriveLate() {
        AthenaTable table = AthenaTable.parse("db.logs", "s3://results-bucket/").table().orElseThrow();
        String sql = TrailQuery.sql(table, new ActivityWindow(Instant.parse("2026-02-01T10:00:00Z"),
                Instant.parse("2026-02-01T23:30:00Z")), "eu-west-1", List.of("timestamp"));
        assertThat(sql).contains("\"timestamp\" BETWEEN '2026/02/01' AND '2026/02/02'")
                .contains("awsregion = 'eu-west-1'");
        assertThat(TrailQuery.sql(table, WINDOW, "us-gov-west-1", List.of())).contains("awsregion = 'us-gov-west-1'");
    }

    @Test
    void aRegionThatIsNotARegionNameNeverReachesTheSql() {
        AthenaTable table = AthenaTable.parse("db.logs", "s3://results-bucket/").table().orElseThrow();
        assertThatThrownBy(() -> TrailQuery.sql(table, WINDOW, "us-east-1' OR '1'='1", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TrailQuery.literal("it's")).isEqualTo("'it''s'");
        assertThatThrownBy(() -> TrailQuery.literal("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrailQuery.identifier("a\"b")).isInstanceOf(IllegalArgumentException.class);
    }
}
