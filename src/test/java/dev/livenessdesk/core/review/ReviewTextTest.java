package dev.livenessdesk.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names and notes from a hostile record are refused; text shown or exported has its hidden characters visible. */
class ReviewTextTest {

    @Test
    void aReviewerNameWithARightToLeftOverrideOrAnEscapeIsRefused() {
        assertThat(ReviewText.nameProblem("ana\u202Eeb")).contains(
                "A reviewer's name cannot hold tabs, line breaks or other control or invisible characters.");
        assertThat(ReviewText.nameProblem("ana\u001B[31m")).isPresent();
        assertThat(ReviewText.nameProblem(" ")).contains("Give the reviewer's name.");
        assertThat(ReviewText.nameProblem("x".repeat(81))).contains("A reviewer's name is at most 80 characters.");
        assertThat(ReviewText.nameProblem("Zoë O'Brien")).isEmpty();
    }

    @Test
    void aNoteWithALineBreakOrTooLongIsRefused() {
        assertThat(ReviewText.noteProblem("looked away\nSECOND LINE")).isPresent();
        assertThat(ReviewText.noteProblem("y".repeat(501))).contains("A note is at most 500 characters.");
        assertThat(ReviewText.noteProblem("")).isEmpty();
    }

    @Test
    void aReviewCannotBeMadeWithHostileText() {
        assertThatThrownBy(() -> new Review("s", ReviewLabel.LIVE, Set.of(), Optional.of("a\u0007"), "ana",
                Instant.EPOCH, ReviewRound.FIRST)).isInstanceOf(IllegalArgumentException.class);
        Review kept = new Review("s", ReviewLabel.LIVE, Set.of(QualityFlag.TOO_DARK), Optional.of("  "), " ana ",
                Instant.parse("2026-01-01T10:00:00.750Z"), ReviewRound.FIRST);
        assertThat(kept.reviewer()).isEqualTo("ana");
        assertThat(kept.note()).isEmpty();
        assertThat(kept.at()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    }

    @Test
    void keysMapToLabelsAndFlags() {
        assertThat(ReviewLabel.fromKey('5')).contains(ReviewLabel.INJECTION);
        assertThat(ReviewLabel.fromKey('7')).isEmpty();
        assertThat(QualityFlag.fromKey('d')).contains(QualityFlag.TOO_DARK);
        assertThat(QualityFlag.fromKey('n')).as("N is the note").isEmpty();
        assertThat(ReviewLabel.fromWire("PRINTED-photo ")).contains(ReviewLabel.PRINTED_PHOTO);
        assertThat(ReviewLabel.fromWire("<b>live</b>")).isEmpty();
    }
}
