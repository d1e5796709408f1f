package dev.livenessdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.livenessdesk.core.history.HistoryEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an entry reads in each column, and that the filter finds exactly those words (no store, no FX). */
class HistoryColumnsTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:15:30Z");
    private static final HistoryColumns IN_BERLIN = new HistoryColumns(ZoneId.of("Europe/Berlin"));

    private static HistoryEntry entry(Optional<String> profile, Optional<String> bucket, Optional<Float> confidence,
                                      List<String> codes, Optional<String> client) {
        return new HistoryEntry("0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8", CREATED, profile, "eu-west-1", bucket,
                "checks/", 1, "SUCCEEDED", confidence, Optional.empty(), codes, client);
    }

    private static final HistoryEntry WITH_BUCKET = entry(Optional.of("qa"), Optional.of("liveness-out"),
            Optional.of(87.5f), List.of("LOW_LIGHTING_DETECTED"), Optional.of("AmplifyUI-React"));
    private static final HistoryEntry BARE = entry(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            Optional.empty());

    @Test
    void theCreatedTimeIsShownInTheUsersZoneWithUtcOnHover() {
        assertThat(IN_BERLIN.createdAtText(WITH_BUCKET)).isEqualTo("2025-03-01 11:15:30");
        assertThat(IN_BERLIN.createdAtTooltip(WITH_BUCKET)).contains("2025-03-01 10:15:30").contains("UTC");
    }

    @Test
    void eachColumnSaysWhatIsMissingInWords() {
        assertThat(HistoryColumns.profileText(WITH_BUCKET)).isEqualTo("qa");
        assertThat(HistoryColumns.profileText(BARE)).isEqualTo("(default)");
        assertThat(HistoryColumns.outputText(WITH_BUCKET)).isEqualTo("liveness-out/checks/");
        assertThat(HistoryColumns.outputText(BARE)).isEqualTo("(no bucket: images in results)");
        assertThat(HistoryColumns.confidenceText(WITH_BUCKET)).isEqualTo("87.5");
        assertThat(HistoryColumns.confidenceText(BARE)).isEmpty();
        assertThat(HistoryColumns.feedbackText(WITH_BUCKET)).isEqualTo("Low lighting");
        assertThat(HistoryColumns.feedbackDetails(BARE)).isEmpty();
    }

    @Test
    void theFilterFindsTheWordsAsShownIgnoringCaseAndBlankLetsAllThrough() {
        assertThat(IN_BERLIN.matching("11:15")).accepts(WITH_BUCKET);
        assertThat(IN_BERLIN.matching("10:15")).as("the UTC time is not what the row shows").rejects(WITH_BUCKET);
        assertThat(IN_BERLIN.matching("(DEFAULT)")).accepts(BARE).rejects(WITH_BUCKET);
        assertThat(IN_BERLIN.matching("low_lighting")).accepts(WITH_BUCKET).rejects(BARE);
        assertThat(IN_BERLIN.matching("amplifyui")).accepts(WITH_BUCKET);
        assertThat(IN_BERLIN.matching("  ")).isNull();
        assertThat(IN_BERLIN.matching(null)).isNull();
    }
}
